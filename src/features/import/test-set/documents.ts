import chekhovExhibition from './documents/chekhov-exhibition.json';
import energyMinisterInterview from './documents/energy-minister-interview.json';
import investmentForum from './documents/investment-forum.json';
import tienShanGlaciers from './documents/tien-shan-glaciers.json';
import waterSummit from './documents/water-summit.json';
import tourismProgram from './documents/tourism-program.json';
import vatAmendments from './documents/vat-amendments.json';
import { goldOfTestDocument } from './gold';
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
