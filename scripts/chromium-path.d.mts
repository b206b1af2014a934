export declare const HEADLESS_SHELL: string;
export declare function chromiumPath(): string;
export declare function testBrowserPath(): string;
export declare const CHROMIUM_FLAGS: string[];
