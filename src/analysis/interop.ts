/**
 * graphology's packages are CommonJS with `export default` typings: TypeScript (nodenext) types the
 * default import as the module object, while Node and bundlers hand over module.exports itself.
 */
export function interopDefault<T>(module: { default: T }): T {
  return ((module as { default?: T }).default ?? module) as T;
}
