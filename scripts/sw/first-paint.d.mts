export declare const firstPaintAttributes: Readonly<
  Record<'theme' | 'fontSize' | 'lineSpacing' | 'view', string>
>;
export declare const firstPaintViews: readonly string[];
export declare function storedRecord(preferences: unknown): Record<string, unknown>;
export declare function withViewOf(address: string, preferences: unknown): unknown;
export declare const htmlTagSearchLimit: number;
export declare function attributesFor(preferences: unknown): string;
export declare function htmlStartTagEnd(bytes: Uint8Array): number;
export declare function htmlAttributesAdder(
  attributes: string,
): TransformStream<Uint8Array, Uint8Array>;
export declare function pageAddressFor(
  address: string,
  preferences: unknown,
  pages: readonly string[],
): string;
