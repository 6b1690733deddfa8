import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../../server/src/config.js';

describe('configuration', () => {
  it('has defaults for a local start', () => {
    const config = readConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.GRAPHQL_INTROSPECTION).toBe(true);
  });

  it('names each wrong variable', () => {
    expect(() => readConfig({ PORT: 'eighty', NEO4J_URI: 'http://x' })).toThrow(ConfigError);
    try {
      readConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', GRAPHQL_INTROSPECTION: 'maybe' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/PORT: must be a number/);
      expect(message).toMatch(/NEO4J_URI: must be a bolt:\/\/ or neo4j:\/\/ URI/);
      expect(message).toMatch(/GRAPHQL_INTROSPECTION: must be true or false/);
    }
  });

  it('reads the CORS allowlist as a list', () => {
    expect(readConfig({ CORS_ORIGINS: 'https://a.example, https://b.example' }).CORS_ORIGINS).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });

  it('sizes the response cache in MB, 0 turning it off, and refuses anything else', () => {
    expect(readConfig({}).RESPONSE_CACHE_MB).toBe(64);
    expect(readConfig({ RESPONSE_CACHE_MB: '0' }).RESPONSE_CACHE_MB).toBe(0);
    for (const wrong of ['-1', '1.5', 'lots', '100000'])
      expect(() => readConfig({ RESPONSE_CACHE_MB: wrong })).toThrow(/RESPONSE_CACHE_MB: must/);
  });
});
