import 'i18next';
import type importTexts from '../../../locales/en/import.json';
import type common from '../../../locales/en/common.json';
import type reader from '../../../locales/en/reader.json';
import type vocabulary from '../../../locales/en/vocabulary.json';

// English is the reference locale: its keys type every t() call, so a misspelt key fails tsc.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      reader: typeof reader;
      vocabulary: typeof vocabulary;
      import: typeof importTexts;
    };
  }
}
