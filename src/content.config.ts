import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
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
const from = (folder: string, pattern: string, options: { retainBody?: boolean } = {}) =>
  glob({ pattern, base: `${contentDir}/${folder}`, generateId: idFromFile, ...options });

/**
 * Papers, meetings and inspections: their fields only. The pages render the Markdown themselves from the file
 * (src/lib/render-text.ts), so the content layer keeps neither the text nor its HTML in the data store that
 * Astro bundles into the build. The glob loader renders a file when its entry type has a render function, so
 * it is given the Markdown entry type without one (an Astro internal: should it change, texts are rendered and
 * stored as before, and the pages still render them themselves). MDX keeps Astro's own rendering.
 */
function texts(folder: string): Loader {
  const loader = from(folder, '**/*.{md,mdx}', { retainBody: false });
  return {
    ...loader,
    load: (context) => {
      const { entryTypes } = context as typeof context & { entryTypes?: Map<string, object> };
      if (!(entryTypes instanceof Map)) return loader.load(context);
      const unrendered = new Map([...entryTypes].map(([extension, type]) => [extension, extension === '.md' ? { ...type, getRenderFunction: undefined } : type]));
      return loader.load({ ...context, entryTypes: unrendered } as typeof context);
    },
  };
}

export const collections = {
  boards: defineCollection({ loader: from('boards', '**/*.yaml'), schema: boardSchema }),
  meetings: defineCollection({ loader: texts('meetings'), schema: meetingSchema }),
  papers: defineCollection({ loader: texts('papers'), schema: paperSchema }),
  decisions: defineCollection({ loader: from('decisions', '**/*.yaml'), schema: decisionSchema }),
  inspections: defineCollection({ loader: texts('inspections'), schema: inspectionSchema }),
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
