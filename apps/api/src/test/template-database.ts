import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from '../db/migrate.ts';

/** Where the global setup left the migrated copy each test file starts from. */
export const TEMPLATE_DUMP_KEY = 'capnumTemplateDump';
export const TEMPLATE_NAME_KEY = 'capnumTemplateName';

export function serverAdmin(serverUrl: string): Kysely<unknown> {
  return new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: serverUrl, max: 1 }) }),
  });
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/** A migrated database on the server that test databases are created from. */
export async function createTemplateOnServer(serverUrl: string): Promise<string> {
  const name = uniqueDatabaseName('capnum_template');
  const admin = serverAdmin(serverUrl);
  try {
    await sql.raw(`create database "${name}"`).execute(admin);
  } finally {
    await admin.destroy();
  }
  const template = serverAdmin(databaseUrl(serverUrl, name));
  try {
    await migrateToLatest(template);
  } finally {
    // CREATE DATABASE … TEMPLATE needs the template to have no open connection.
    await template.destroy();
  }
  return name;
}

export async function dropTemplateOnServer(serverUrl: string, name: string): Promise<void> {
  const admin = serverAdmin(serverUrl);
  try {
    await sql.raw(`drop database if exists "${name}" with (force)`).execute(admin);
  } finally {
    await admin.destroy();
  }
}
