// A local ./.data from before the product was called SteadyBack keeps its data: the app database
// "backcare" is renamed "steadyback" on start (scripts/lib/database.ts), here with this run's names.
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { dropDatabase, recreateDatabase, renameOldDatabase } from "../../scripts/lib/database";

const serverUrl = inject("serverUrl");
const from = `${inject("runId")}_oldname`;
const to = `${inject("runId")}_newname`;
const quiet = () => {};

async function databases(): Promise<string[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname = ANY($1) ORDER BY datname",
      [[from, to]],
    );
    return rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  await dropDatabase(serverUrl, from);
  await dropDatabase(serverUrl, to);
});

describe("renameOldDatabase", () => {
  it("renames the old database with its rows, and then leaves the new one alone", async () => {
    const oldUrl = await recreateDatabase(serverUrl, from);
    const client = new pg.Client({ connectionString: oldUrl });
    await client.connect();
    await client.query("CREATE TABLE kept (value text); INSERT INTO kept VALUES ('my entries')");
    await client.end();

    expect(await renameOldDatabase(serverUrl, { from, to }, quiet)).toBe(to);
    expect(await databases()).toEqual([to]);
    const renamed = new pg.Client({ connectionString: oldUrl.replace(`/${from}`, `/${to}`) });
    await renamed.connect();
    expect((await renamed.query("SELECT value FROM kept")).rows).toEqual([{ value: "my entries" }]);
    await renamed.end();

    expect(await renameOldDatabase(serverUrl, { from, to }, quiet)).toBe(to);
    expect(await databases()).toEqual([to]);
  });

  it("keeps using the old name while another process is connected to it", async () => {
    await dropDatabase(serverUrl, to);
    const oldUrl = await recreateDatabase(serverUrl, from);
    const other = new pg.Client({ connectionString: oldUrl });
    await other.connect();
    try {
      const lines: string[] = [];
      expect(await renameOldDatabase(serverUrl, { from, to }, (line) => lines.push(line))).toBe(from);
      expect(await databases()).toEqual([from]);
      expect(lines.join("\n")).toContain(`Using the database "${from}" for now`);
    } finally {
      await other.end();
    }
  });

  it("uses the new name when there is no old database", async () => {
    await dropDatabase(serverUrl, from);
    await dropDatabase(serverUrl, to);
    expect(await renameOldDatabase(serverUrl, { from, to }, quiet)).toBe(to);
    expect(await databases()).toEqual([]);
  });
});
