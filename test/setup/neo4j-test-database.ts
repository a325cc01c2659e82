import neo4j, { type Driver } from "neo4j-driver";

/**
 * The tests wipe the database they run on. A database is used only if it is empty or carries this
 * marker, which the tests leave behind; a NEO4J_URI that points at real data is refused.
 */
const MARKER_LABEL = "WeaveTestDatabase";
const INSPECT = `RETURN EXISTS { MATCH (n) WHERE NOT n:${MARKER_LABEL} } AS hasData, EXISTS { MATCH (:${MARKER_LABEL}) } AS marked`;
const MARK = `MERGE (:${MARKER_LABEL} {note: 'Weave tests may delete everything in this database'})`;
// In transactions of their own, so that a test's 50 MB import can be cleared within Neo4j's memory.
const CLEAR = `MATCH (n) WHERE NOT n:${MARKER_LABEL} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`;

export const testDatabase = (): string | undefined => process.env.NEO4J_DATABASE || undefined;

/** A driver for the test database, with NEO4J_USER/NEO4J_PASSWORD when they are set. */
export function openTestDriver(uri: string): Driver {
  const user = process.env.NEO4J_USER;
  const auth = user ? neo4j.auth.basic(user, process.env.NEO4J_PASSWORD ?? "") : undefined;
  return neo4j.driver(uri, auth, { disableLosslessIntegers: true });
}

export async function claimTestDatabase(driver: Driver): Promise<void> {
  const database = testDatabase();
  const { records } = await driver.executeQuery(INSPECT, {}, { database });
  if (records[0]?.get("hasData") === true && records[0]?.get("marked") !== true) {
    throw new Error(
      `the Neo4j database at ${process.env.NEO4J_URI} holds data the tests did not write, and the tests delete ` +
        "everything: point NEO4J_URI at an empty database, or unset it to let the tests start their own Neo4j",
    );
  }
  await driver.executeQuery(MARK, {}, { database });
}

export async function clearTestDatabase(driver: Driver): Promise<void> {
  const session = driver.session({ database: testDatabase() });
  try {
    await session.run(CLEAR);
  } finally {
    await session.close();
  }
}
