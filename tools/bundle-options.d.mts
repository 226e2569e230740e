import type { BuildOptions } from 'esbuild';

export declare const shipping: BuildOptions;
