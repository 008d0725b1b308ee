/**
 * A private PostgreSQL server for a benchmark: its own cluster in a fresh temporary directory, on a free port, so the
 * benchmark can kill it (kill -9, a crash) and restart it (crash recovery from the WAL) without touching any other
 * server on the machine.
 *
 * The server binaries are found with `pg_config --bindir`, else the newest /usr/lib/postgresql/<version>/bin, else the
 * PATH; PG_BINDIR overrides. initdb refuses to run as root, so when the benchmark runs as root the binaries run as the
 * `postgres` user (PG_SERVER_USER overrides), and the temporary directory is given to that user.
 *
 *   const server = await startPgServer();
 *   server.url("postgres");   // postgres://postgres@127.0.0.1:<port>/postgres
 *   await server.crash();     // SIGKILL the postmaster and every process of the server
 *   await server.restart();   // pg_ctl start again: crash recovery, then accepting connections
 *   await server.stop();      // immediate shutdown and the directory removed
 */
import { type ChildProcess, execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { chown, mkdtemp, readdir, readFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface PgServer {
  /** the server's version, e.g. "15.8" */
  version: string;
  port: number;
  /** the temporary directory (the cluster is in its `data`, the log in `log`) */
  dir: string;
  /** a connection URL for a database on this server (over TCP, user postgres, trust) */
  url(database: string): string;
  /** the postmaster's process id (the first line of postmaster.pid) */
  pid(): Promise<number>;
  /**
   * A crash: SIGKILL to the postmaster and, at the same moment, to every process it started (backends, WAL writer,
   * checkpointer …), so nothing is shut down cleanly. Answers when all of them are gone.
   */
  crash(): Promise<void>;
  /** Starts the server again after a crash (pg_ctl start -w: crash recovery first). Answers the milliseconds it took. */
  restart(): Promise<number>;
  /** The last lines of the server log (for a failure message). */
  logTail(lines?: number): string;
  /** The whole server log. */
  logText(): string;
  /** Immediate shutdown and the temporary directory removed. Safe to call twice. */
  stop(): Promise<void>;
}

interface Runner {
  uid?: number;
  gid?: number;
  user: string;
}

/** The server programs running now (initdb, pg_ctl), so an interrupted benchmark can stop them before it cleans up. */
const running = new Set<ChildProcess>();

function run(file: string, args: string[], runner: Runner, cwd: string, timeoutMs = 120_000) {
  return new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
    const child = execFile(
      file,
      args,
      {
        cwd,
        timeout: timeoutMs,
        env: { ...process.env, LC_ALL: "C", LANG: "C", PGTZ: "UTC" },
        ...(runner.uid !== undefined ? { uid: runner.uid, gid: runner.gid } : {}),
      },
      (err, stdout, stderr) => {
        running.delete(child);
        if (err) reject(new Error(`${path.basename(file)} ${args.join(" ")}: ${err.message}\n${stdout}\n${stderr}`));
        else resolve({ stdout, stderr });
      },
    );
    running.add(child);
  });
}

const hasServerBinaries = (dir: string) => ["initdb", "pg_ctl", "postgres"].every((b) => existsSync(path.join(dir, b)));

/** The directory with initdb, pg_ctl and postgres. */
async function findBinDir(): Promise<string> {
  const candidates: string[] = [];
  if (process.env.PG_BINDIR) candidates.push(process.env.PG_BINDIR);
  try {
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) =>
      execFile("pg_config", ["--bindir"], (err, stdout) => (err ? reject(err) : resolve({ stdout }))),
    );
    candidates.push(stdout.trim());
  } catch {
    // no pg_config on the PATH
  }
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+(\.\d+)?$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(path.join(debian, v, "bin"));
  }
  for (const p of (process.env.PATH ?? "").split(path.delimiter)) if (p) candidates.push(p);
  const found = candidates.find(hasServerBinaries);
  if (!found)
    throw new Error(
      "fandt ikke PostgreSQL-serverens programmer (initdb, pg_ctl, postgres): sæt PG_BINDIR eller installér PostgreSQL-serveren",
    );
  return found;
}

/** Root cannot run initdb: run as the postgres user (uid and gid from the password database). */
async function runner(): Promise<Runner> {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return { user: os.userInfo().username };
  const user = process.env.PG_SERVER_USER ?? "postgres";
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.split(":")[0] === user);
  if (!line)
    throw new Error(
      `benchmarken kører som root, og initdb kan ikke køre som root; brugeren "${user}" findes ikke (sæt PG_SERVER_USER)`,
    );
  const [, , uid, gid] = line.split(":");
  return { user, uid: Number(uid), gid: Number(gid) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      const port = typeof a === "object" && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Is the process there (a zombie left for a parent that does not reap counts as gone)? */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
}

/** The process ids whose parent is `pid` (Linux /proc; elsewhere none, and the children exit on their own). */
async function children(pid: number): Promise<number[]> {
  const out: number[] = [];
  let entries: string[];
  try {
    entries = await readdir("/proc");
  } catch {
    return out;
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = await readFile(`/proc/${e}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[1]) === pid) out.push(Number(e));
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

export async function startPgServer(opts: { log?: (s: string) => void; settings?: Record<string, string> } = {}) {
  const log = opts.log ?? (() => {});
  const bin = await findBinDir();
  const as = await runner();
  const dir = await mkdtemp(path.join(os.tmpdir(), "ju-pg-"));
  let stopped = false;
  // A process that has just been killed may still be writing its last file: retry a directory that is not empty.
  const removeDir = () => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  const data = path.join(dir, "data");
  const logFile = path.join(dir, "log");
  const pidFile = path.join(data, "postmaster.pid");
  const readPid = () => {
    try {
      return Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    } catch {
      return 0;
    }
  };
  // If the benchmark dies some other way, the server must not outlive it.
  const onExit = () => {
    if (stopped) return;
    for (const child of running) child.kill("SIGKILL");
    const pid = readPid();
    if (pid > 0) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    try {
      removeDir();
    } catch {
      // best effort
    }
  };
  process.once("exit", onExit);
  const onSignal = (sig: NodeJS.Signals) => {
    onExit();
    process.kill(process.pid, sig);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    if (as.uid !== undefined) await chown(dir, as.uid, as.gid!);
    const port = await freePort();
    log(`privat PostgreSQL-server: ${bin}, port ${port}, bruger ${as.user}`);
    await run(
      path.join(bin, "initdb"),
      ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale"],
      as,
      dir,
    );
    const settings = {
      port: String(port),
      listen_addresses: "127.0.0.1",
      unix_socket_directories: dir,
      max_connections: "100",
      fsync: "on",
      synchronous_commit: "on",
      full_page_writes: "on",
      // the refused bookings are expected errors: log them, but not their long statements
      log_min_error_statement: "panic",
      ...opts.settings,
    };
    const postOpts = Object.entries(settings)
      .map(([k, v]) => `-c ${k}=${v}`)
      .join(" ");
    const start = () =>
      run(path.join(bin, "pg_ctl"), ["-D", data, "-o", postOpts, "-l", logFile, "-t", "120", "-w", "start"], as, dir);
    await start();
    const { stdout } = await run(path.join(bin, "postgres"), ["--version"], as, dir);
    const version = /\d+(\.\d+)+/.exec(stdout)?.[0] ?? stdout.trim();

    const server: PgServer = {
      version,
      port,
      dir,
      url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
      pid: async () => readPid(),
      async crash() {
        const pid = readPid();
        if (!pid) throw new Error("serveren kører ikke (ingen postmaster.pid)");
        const kids = await children(pid);
        for (const p of [pid, ...kids]) {
          try {
            process.kill(p, "SIGKILL");
          } catch {
            // already gone
          }
        }
        const until = Date.now() + 30_000;
        while ([pid, ...kids].some(alive)) {
          if (Date.now() > until) throw new Error("serverens processer stoppede ikke efter SIGKILL");
          await sleep(20);
        }
      },
      async restart() {
        const t = performance.now();
        // A killed postmaster that has not been reaped yet (a container's init may be slow to) still answers
        // kill(pid, 0), and the new postmaster would take it for a running server; it is dead, so its lock files go.
        for (const lock of [pidFile, path.join(dir, `.s.PGSQL.${port}.lock`)]) {
          let pid = 0;
          try {
            pid = Number(readFileSync(lock, "utf8").split("\n")[0]);
          } catch {
            continue;
          }
          if (pid && !alive(pid)) rmSync(lock, { force: true });
        }
        await start();
        return performance.now() - t;
      },
      logText() {
        try {
          return readFileSync(logFile, "utf8");
        } catch {
          return "";
        }
      },
      logTail(lines = 30) {
        try {
          return readFileSync(logFile, "utf8").split("\n").slice(-lines).join("\n");
        } catch {
          return "";
        }
      },
      async stop() {
        if (stopped) return;
        try {
          if (readPid() && alive(readPid()))
            await run(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], as, dir, 60_000);
        } catch {
          onExit();
        } finally {
          stopped = true;
          process.removeListener("exit", onExit);
          process.removeListener("SIGINT", onSignal);
          process.removeListener("SIGTERM", onSignal);
          removeDir();
        }
      },
    };
    return server;
  } catch (err) {
    const tail = (() => {
      try {
        return readFileSync(logFile, "utf8").split("\n").slice(-20).join("\n");
      } catch {
        return "";
      }
    })();
    onExit();
    stopped = true;
    process.removeListener("exit", onExit);
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
    throw new Error(
      `kunne ikke starte en privat PostgreSQL-server til benchmarken: ${(err as Error).message}${tail ? `\n${tail}` : ""}`,
    );
  }
}
