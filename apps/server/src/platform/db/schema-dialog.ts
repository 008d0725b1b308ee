/** Kysely's view of the tables of db/migrations/0009_dialog.sql. Keep in step with the SQL. */
// biome-ignore lint/suspicious/noEmptyInterface: filled as the tables are added
export interface DialogTables {}
