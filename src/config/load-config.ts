/**
 * The edge that reads the environment: .env first (without overriding variables already set), then
 * process.env, through the pure parseConfig.
 */
import { config as loadDotenv } from 'dotenv';
import { parseConfig, type Config } from './config-schema.ts';

export interface LoadConfigOptions {
  /** Path of the .env file (default: .env in the working directory). */
  envFile?: string;
}

export function loadConfig(options: LoadConfigOptions = {}): Config {
  // quiet: dotenv 17 otherwise prints a banner line on every start.
  loadDotenv({ quiet: true, ...(options.envFile !== undefined ? { path: options.envFile } : {}) });
  return parseConfig(process.env);
}
