/** Kysely's view of the tables of db/migrations/0008_indsigt.sql. Keep in step with the SQL. */
// biome-ignore lint/suspicious/noEmptyInterface: filled as the tables are added
export interface IndsigtTables {}
