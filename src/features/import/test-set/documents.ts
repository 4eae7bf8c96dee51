import chekhovExhibition from './documents/chekhov-exhibition.json';
import energyMinisterInterview from './documents/energy-minister-interview.json';
import investmentForum from './documents/investment-forum.json';
import tienShanGlaciers from './documents/tien-shan-glaciers.json';
import waterSummit from './documents/water-summit.json';
import tourismProgram from './documents/tourism-program.json';
import vatAmendments from './documents/vat-amendments.json';
import { goldOfTestDocument } from './gold';
import aralFeature from './held-out/aral-feature.json';
import railwayInterview from './held-out/railway-interview.json';
import waterAgreementStatement from './held-out/water-agreement-statement.json';
import { testDocumentSchema } from './test-set-schema';

/** The hand-aligned Russian–English test set, parsed and turned into gold documents. */
export const handAlignedDocuments = [
  investmentForum,
  energyMinisterInterview,
  tourismProgram,
  vatAmendments,
  chekhovExhibition,
  tienShanGlaciers,
  waterSummit,
].map((document) => goldOfTestDocument(testDocumentSchema.parse(document)));

/**
 * Documents written and gold-aligned after the aligner was tuned, and never used to tune it: the
 * honest estimate of its accuracy on texts it has not seen.
 */
export const heldOutDocuments = [waterAgreementStatement, railwayInterview, aralFeature].map(
  (document) => goldOfTestDocument(testDocumentSchema.parse(document)),
);
