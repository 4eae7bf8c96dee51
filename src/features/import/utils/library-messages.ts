import type { TFunction } from 'i18next';
import type { ImportOutcome } from '../storage/library-store';
import { type LibraryFileProblem, maxLibraryFileBytes } from './library-file';

type T = TFunction<'import'>;

/** Why a library file was refused, naming the file, the article and the field where it can. */
export function describeFileProblem(t: T, name: string, problem: LibraryFileProblem): string {
  const reason = (() => {
    switch (problem.kind) {
      case 'tooLarge':
        return t('library.file.problems.tooLarge', {
          name,
          size: maxLibraryFileBytes / 1024 / 1024,
        });
      case 'newerVersion':
        return t('library.file.problems.newerVersion', { name, version: problem.version });
      case 'damaged':
        return t('library.file.problems.damaged', {
          name,
          issue: t(`library.file.issues.${problem.issue.kind}`, { field: problem.issue.field }),
        });
      case 'badArticle': {
        const issue = t(`library.file.issues.${problem.issue.kind}`, {
          field: problem.issue.field,
        });
        return problem.title
          ? t('library.file.problems.badArticle', {
              name,
              number: problem.number,
              title: problem.title,
              issue,
            })
          : t('library.file.problems.badArticleUntitled', { name, number: problem.number, issue });
      }
      default:
        return t(`library.file.problems.${problem.kind}`, { name });
    }
  })();
  return `${reason} ${t('library.file.nothingImported')}`;
}

/** "2 articles imported. 1 was already in your library." */
export function describeOutcome(t: T, { imported, skipped, copied }: ImportOutcome): string {
  return [
    t('library.file.imported', { count: imported }),
    copied > 0 && t('library.file.copied', { count: copied }),
    skipped > 0 && t('library.file.skipped', { count: skipped }),
  ]
    .filter(Boolean)
    .join(' ');
}
