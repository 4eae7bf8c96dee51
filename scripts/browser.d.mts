export declare const chromiumArgs: string[];
export declare function findBrowser(): { path: string; source: string } | undefined;
