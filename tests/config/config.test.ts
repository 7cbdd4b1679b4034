import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration from the environment', () => {
  it('defaults to the embedded database in ./data on port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
      redisUrl: undefined,
      dataDir: path.resolve('data'),
      seedDemoData: true,
      preparedStatements: true,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgresql://app@db:5432/clientela',
      DATABASE_PREPARED_STATEMENTS: 'false',
      REDIS_URL: 'redis://cache:6379',
      DATA_DIR: '/var/lib/clientela',
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: 'debug',
      SHUTDOWN_TIMEOUT_MS: '2000',
      NODE_ENV: 'production',
      MAIL_FROM: 'Accounts <ar@example.com>',
    });
    expect(config).toMatchObject({
      mailFrom: 'Accounts <ar@example.com>',
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: 'postgresql://app@db:5432/clientela',
      preparedStatements: false,
      redisUrl: 'redis://cache:6379',
      dataDir: '/var/lib/clientela',
      seedDemoData: false,
      logLevel: 'debug',
      shutdownTimeoutMs: 2000,
      env: 'production',
    });
  });

  it('loads the demo book by default, except in production, where only reference data is loaded unless asked', () => {
    expect(loadConfig({}).seedDemoData).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
  });

  it.each([
    ['PORT', 'eighty', /PORT.*whole number/],
    ['PORT', '70000', /PORT/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL.*postgresql:\/\//],
    ['REDIS_URL', 'not a url', /REDIS_URL.*not a URL/],
    ['SEED_DEMO_DATA', 'maybe', /SEED_DEMO_DATA.*boolean/],
    ['DATABASE_PREPARED_STATEMENTS', 'sometimes', /DATABASE_PREPARED_STATEMENTS.*boolean/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL.*one of/],
    ['NODE_ENV', 'staging', /NODE_ENV/],
    ['SMTP_URL', 'http://mail.example.com', /SMTP_URL.*smtp:\/\//],
    ['MAIL_FROM', 'not-an-address', /MAIL_FROM.*not a sender/],
    ['MAIL_FROM', 'Accounts <ar@example.com', /MAIL_FROM/],
    ['DELIVERY_MAX_ATTEMPTS', '0', /DELIVERY_MAX_ATTEMPTS/],
  ])('names the variable when %s=%s is wrong', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
