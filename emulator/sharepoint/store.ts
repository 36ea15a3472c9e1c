// The emulator's one state, kept in memory for reads and written to the data file (atomically,
// before a write is acknowledged) for durability. File contents of the drive live in a folder
// beside the data file, one file per stored version.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { removeLeftoverTempFiles, writeFileAtomic } from './atomic-file';
import type { EmulatorState, ListItemRecord, ListRecord } from './state';
import { STATE_FORMAT } from './state';

/**
 * Serialises writes of the whole state. Writers that arrive while a write is being prepared
 * share it; one that arrives while a write is on disk gets the next one, which includes its change.
 */
class SnapshotWriter {
  private tail: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;

  constructor(
    private readonly file: string,
    private readonly snapshot: () => string,
  ) {}

  write(): Promise<void> {
    if (this.queued) return this.queued;
    const next = this.tail
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        // Serialised synchronously here: every change made before this point is included.
        return writeFileAtomic(this.file, this.snapshot());
      });
    this.queued = next;
    this.tail = next;
    return next;
  }

  async idle(): Promise<void> {
    await this.tail.catch(() => undefined);
  }
}

function isEmulatorState(value: unknown): value is EmulatorState {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === STATE_FORMAT
  );
}

export class Store {
  private current: EmulatorState;
  private itemIndexes = new WeakMap<ListRecord, Map<string, ListItemRecord>>();
  private readonly writer: SnapshotWriter;
  readonly blobDirectory: string;

  private constructor(
    readonly dataFile: string,
    state: EmulatorState,
    private readonly seed: () => EmulatorState,
  ) {
    this.current = state;
    this.writer = new SnapshotWriter(dataFile, () => JSON.stringify(this.current));
    this.blobDirectory = join(dirname(dataFile), `${basename(dataFile, extname(dataFile))}-files`);
  }

  /** Loads the data file, or seeds it when it does not exist yet. */
  static async open(dataFile: string, seed: () => EmulatorState): Promise<Store> {
    await mkdir(dirname(dataFile), { recursive: true });
    await removeLeftoverTempFiles(dataFile);
    let state: EmulatorState | null = null;
    try {
      const parsed: unknown = JSON.parse(await readFile(dataFile, 'utf8'));
      if (!isEmulatorState(parsed)) {
        throw new Error(
          `${dataFile} is not a Graph emulator data file (format ${STATE_FORMAT}); move it away or delete it`,
        );
      }
      state = parsed;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const store = new Store(dataFile, state ?? seed(), seed);
    await mkdir(store.blobDirectory, { recursive: true });
    if (state === null) await store.commit();
    await store.removeOrphanBlobs();
    return store;
  }

  get state(): EmulatorState {
    return this.current;
  }

  /** Persists the state; resolves once the change is on disk. */
  commit(): Promise<void> {
    return this.writer.write();
  }

  /** Replaces everything with a fresh seed (and forgets the drive's files). */
  async reset(): Promise<void> {
    this.current = this.seed();
    this.itemIndexes = new WeakMap();
    await this.commit();
    await this.removeOrphanBlobs();
  }

  async close(): Promise<void> {
    await this.writer.idle();
  }

  findList(key: string): ListRecord | undefined {
    const lower = key.toLowerCase();
    return this.current.lists.find(
      (list) =>
        list.id === lower ||
        list.displayName.toLowerCase() === lower ||
        list.name.toLowerCase() === lower,
    );
  }

  private itemIndex(list: ListRecord): Map<string, ListItemRecord> {
    let index = this.itemIndexes.get(list);
    if (!index) {
      index = new Map(list.items.map((item) => [item.id, item]));
      this.itemIndexes.set(list, index);
    }
    return index;
  }

  findItem(list: ListRecord, id: string): ListItemRecord | undefined {
    return this.itemIndex(list).get(id);
  }

  addItem(list: ListRecord, item: ListItemRecord): void {
    list.items.push(item);
    this.itemIndex(list).set(item.id, item);
  }

  removeItem(list: ListRecord, item: ListItemRecord): void {
    const position = firstIndexAfter(list.items, Number(item.id) - 1);
    if (list.items[position] === item) list.items.splice(position, 1);
    else list.items = list.items.filter((candidate) => candidate !== item);
    this.itemIndex(list).delete(item.id);
    this.current.changeSeq++;
    list.tombstones.push({ id: item.id, changeSeq: this.current.changeSeq });
  }

  blobPath(name: string): string {
    return join(this.blobDirectory, name);
  }

  /** Stores file contents under a new name; the caller records the name in the state. */
  async writeBlob(bytes: Buffer): Promise<string> {
    const name = `${randomUUID()}.bin`;
    await writeFileAtomic(this.blobPath(name), bytes);
    return name;
  }

  readBlob(name: string): Promise<Buffer> {
    return readFile(this.blobPath(name));
  }

  /** Called after the state that stopped referring to the blob is committed. */
  async deleteBlob(name: string): Promise<void> {
    await unlink(this.blobPath(name)).catch(() => undefined);
  }

  /** Blobs no committed state refers to: left by a crash between writing a file and the state. */
  private async removeOrphanBlobs(): Promise<void> {
    const referenced = new Set(this.current.drive.entries.map((entry) => entry.blob));
    const names = await readdir(this.blobDirectory).catch(() => [] as string[]);
    await Promise.all(
      names
        .filter((name) => !referenced.has(name))
        .map((name) => unlink(this.blobPath(name)).catch(() => undefined)),
    );
  }
}

/** The position of the first item whose numeric id is greater than `id` (items are ascending). */
export function firstIndexAfter(items: readonly ListItemRecord[], id: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const item = items[middle];
    if (item !== undefined && Number(item.id) <= id) low = middle + 1;
    else high = middle;
  }
  return low;
}
