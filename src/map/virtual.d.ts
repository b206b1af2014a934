declare module 'virtual:flow-map' {
  /** Both flow maps, laid out at build time (scripts/flow-map-plugin.ts); typed in src/map/layouts.ts. */
  export const layouts: unknown;
}
