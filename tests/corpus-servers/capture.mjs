// Captures the real tool lists of the MCP servers in package.json into the benign corpus of the inspection tests.
// Usage: npm install && node capture.mjs ../SecureMcp.Inspection.Tests/Corpus/benign
// Each server is started over stdio with dummy, non-working credentials where it insists on some at start:
// listing tools never calls the vendor's API. The JSON written is the MCP `tools/list` result unchanged.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const outDir = process.argv[2] ?? "../SecureMcp.Inspection.Tests/Corpus/benign";
const scratch = mkdtempSync(join(tmpdir(), "corpus-"));
const dummy = "dummy-not-a-real-credential";

const servers = [
  { name: "everything", pkg: "@modelcontextprotocol/server-everything", bin: "dist/index.js", args: ["stdio"] },
  { name: "filesystem", pkg: "@modelcontextprotocol/server-filesystem", bin: "dist/index.js", args: [scratch] },
  { name: "memory", pkg: "@modelcontextprotocol/server-memory", bin: "dist/index.js", env: { MEMORY_FILE_PATH: join(scratch, "memory.jsonl") } },
  { name: "sequential-thinking", pkg: "@modelcontextprotocol/server-sequential-thinking", bin: "dist/index.js" },
  { name: "github", pkg: "@modelcontextprotocol/server-github", bin: "dist/index.js", env: { GITHUB_PERSONAL_ACCESS_TOKEN: dummy } },
  { name: "gitlab", pkg: "@modelcontextprotocol/server-gitlab", bin: "dist/index.js", env: { GITLAB_PERSONAL_ACCESS_TOKEN: dummy } },
  { name: "slack", pkg: "@modelcontextprotocol/server-slack", bin: "dist/index.js", env: { SLACK_BOT_TOKEN: dummy, SLACK_TEAM_ID: "T000" } },
  { name: "google-maps", pkg: "@modelcontextprotocol/server-google-maps", bin: "dist/index.js", env: { GOOGLE_MAPS_API_KEY: dummy } },
  { name: "brave-search", pkg: "@modelcontextprotocol/server-brave-search", bin: "dist/index.js", env: { BRAVE_API_KEY: dummy } },
  { name: "postgres", pkg: "@modelcontextprotocol/server-postgres", bin: "dist/index.js", args: ["postgresql://127.0.0.1:1/none"] },
  { name: "puppeteer", pkg: "@modelcontextprotocol/server-puppeteer", bin: "dist/index.js" },
  { name: "notion", pkg: "@notionhq/notion-mcp-server", bin: "bin/cli.mjs" },
  { name: "desktop-commander", pkg: "@wonderwhy-er/desktop-commander", bin: "dist/index.js", env: { HOME: scratch } },
  { name: "context7", pkg: "@upstash/context7-mcp", bin: "dist/index.js" },
  { name: "playwright", pkg: "@playwright/mcp", bin: "cli.js" },
];

mkdirSync(outDir, { recursive: true });
let total = 0;
for (const server of servers) {
  const pkgDir = join("node_modules", server.pkg);
  const version = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).version;
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [join(pkgDir, server.bin), ...(server.args ?? [])],
    env: { PATH: process.env.PATH, HOME: process.env.HOME ?? scratch, ...(server.env ?? {}) },
    stderr: "ignore",
  });
  const client = new Client({ name: "securemcp-corpus-capture", version: "1.0.0" });
  try {
    await client.connect(transport);
    const tools = [];
    let cursor;
    do {
      const page = await client.listTools(cursor ? { cursor } : {});
      tools.push(...page.tools);
      cursor = page.nextCursor;
    } while (cursor);
    const doc = { server: server.name, package: server.pkg, version, capturedWith: "tests/corpus-servers/capture.mjs", tools };
    writeFileSync(join(outDir, `${server.name}.json`), JSON.stringify(doc, null, 2) + "\n");
    total += tools.length;
    console.log(`${server.name} (${server.pkg}@${version}): ${tools.length} tools`);
  } catch (err) {
    console.error(`${server.name}: FAILED ${err?.message ?? err}`);
    process.exitCode = 1;
  } finally {
    await client.close().catch(() => {});
  }
}
console.log(`total: ${total} tools from ${servers.length} servers`);
