/**
 * The few globals the core uses that every runtime it runs in (Node, browsers, workers)
 * provides, declared here because the core is compiled without DOM or Node types.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}

declare const performance: { now(): number };
