// @11ty/eleventy ships JSDoc, not declarations; this is the part of its programmatic API the engine uses.
declare module "@11ty/eleventy" {
  interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string;
    pathPrefix?: string;
    runMode?: "build" | "serve" | "watch";
    config?: (eleventyConfig: any) => void;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    toJSON(): Promise<unknown>;
  }
}

declare module "@11ty/eleventy-dev-server" {
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: Record<string, unknown>): EleventyDevServer;
    serve(port: number): void;
    reload(event?: Record<string, unknown>): void;
    close(): Promise<void>;
  }
}
