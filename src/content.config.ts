import { defineCollection } from 'astro:content';
import path from 'node:path';
import { boardSchema } from './schemas/board.ts';
import { decisionSchema } from './schemas/decision.ts';
import { indicatorSchema } from './schemas/indicator.ts';
import { inspectionSchema } from './schemas/inspection.ts';
import { meetingSchema } from './schemas/meeting.ts';
import { paperSchema } from './schemas/paper.ts';
import { planActionSchema, planThemeSchema } from './schemas/plan.ts';
import { spendMonthSchema } from './schemas/spend.ts';
import { folderLoader, listFileLoader } from './lib/sources/content-loader.ts';
import { contentPaths } from './lib/sources/content-paths.ts';
import { collections as contentCollections, extensionsOf } from './lib/validation/validate-content.ts';
import { dataCollections } from './lib/validation/validate-data.ts';
import { planFiles } from './lib/validation/validate-plan.ts';

// The same schemas validate content in `npm run check` and in the build integration, which reports every
// problem at once before Astro loads anything. The loaders list, read and parse files through the same gate as
// the check (src/lib/sources/content-loader.ts).
const { contentDir, dataDir } = contentPaths();
const content = (spec: { folder: string; extension: string }) => folderLoader(path.join(contentDir, spec.folder), extensionsOf(spec));
const planDir = path.join(dataDir, planFiles.folder);

export const collections = {
  boards: defineCollection({ loader: content(contentCollections.boards), schema: boardSchema }),
  meetings: defineCollection({ loader: content(contentCollections.meetings), schema: meetingSchema }),
  papers: defineCollection({ loader: content(contentCollections.papers), schema: paperSchema }),
  decisions: defineCollection({ loader: content(contentCollections.decisions), schema: decisionSchema }),
  inspections: defineCollection({ loader: content(contentCollections.inspections), schema: inspectionSchema }),
  indicators: defineCollection({ loader: folderLoader(path.join(dataDir, dataCollections.indicators.folder), ['.yaml']), schema: indicatorSchema }),
  // The plan: one list of themes (each item has an id), and one file per action or part, named after its number.
  planThemes: defineCollection({ loader: listFileLoader(path.join(planDir, planFiles.themes)), schema: planThemeSchema }),
  planActions: defineCollection({ loader: folderLoader(path.join(planDir, planFiles.actions), ['.yaml']), schema: planActionSchema }),
  // Spending over £500: one file per month (data/spend/2018-03.yaml); none at all is fine.
  spend: defineCollection({ loader: folderLoader(path.join(dataDir, dataCollections.spend.folder), [dataCollections.spend.extension]), schema: spendMonthSchema }),
};
