// First, so zod is configured before the import feature builds its schemas (see the module).
import '@/lib/zod-config';

export { ImportPage } from '@/features/import/components/import-page';
