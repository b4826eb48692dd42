import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { boardSchema } from './schemas/board.ts';
import { decisionSchema } from './schemas/decision.ts';
import { indicatorSchema } from './schemas/indicator.ts';
import { inspectionSchema } from './schemas/inspection.ts';
import { meetingSchema } from './schemas/meeting.ts';
import { paperSchema } from './schemas/paper.ts';
import { planActionSchema, planThemeSchema } from './schemas/plan.ts';
import { contentPaths } from './lib/content-paths.ts';

// The same schemas validate content in `npm run check` and in the build integration,
// which reports every problem at once before Astro loads anything.
const { contentDir, dataDir } = contentPaths();
const idFromFile = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.(mdx?|yaml)$/, '');
// Texts are Markdown; MDX is still read (see validate-content.ts).
const texts = '**/*.{md,mdx}';
// retainBody: false because pages use the HTML the content layer renders, never the Markdown itself; keeping
// both would put every text into the build's data store twice (75 MB more at 10,000 papers).
const from = (folder: string, pattern: string) => glob({ pattern, base: `${contentDir}/${folder}`, generateId: idFromFile, retainBody: false });

export const collections = {
  boards: defineCollection({ loader: from('boards', '**/*.yaml'), schema: boardSchema }),
  meetings: defineCollection({ loader: from('meetings', texts), schema: meetingSchema }),
  papers: defineCollection({ loader: from('papers', texts), schema: paperSchema }),
  decisions: defineCollection({ loader: from('decisions', '**/*.yaml'), schema: decisionSchema }),
  inspections: defineCollection({ loader: from('inspections', texts), schema: inspectionSchema }),
  indicators: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: `${dataDir}/indicators`, generateId: idFromFile }),
    schema: indicatorSchema,
  }),
  // The plan: one list of themes (each item has an id), and one file per action or part, named after its number.
  planThemes: defineCollection({ loader: file(`${dataDir}/plan/themes.yaml`), schema: planThemeSchema }),
  planActions: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: `${dataDir}/plan/actions`, generateId: idFromFile }),
    schema: planActionSchema,
  }),
};
