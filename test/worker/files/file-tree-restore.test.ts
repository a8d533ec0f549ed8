// A restored snapshot swaps the whole tree (new inodes): every folder the tree shows is listed again
// from it, and so is everything after the host is attached to a new world (a reset).

import { expect, test } from 'vitest';
import { restoreFileSystem, snapshotFileSystem } from '../../../src/sim/fs/snapshot.ts';
import { FileTreeHost } from '../../../src/worker/files/file-tree-host.ts';
import { bootWorld, runBashCommand } from '../../support/world.ts';

function host(): { tree: FileTreeHost; flushes: () => number } {
  let flushes = 0;
  const tree = new FileTreeHost(
    () => flushes++,
    (value) => value,
  );
  return { tree, flushes: () => flushes };
}

function names(listing: { ok: boolean; entries?: { name: string }[] } | undefined): string[] {
  return listing?.entries?.map((e) => e.name) ?? [];
}

test('a restored snapshot relists every watched folder', async () => {
  const world = bootWorld();
  const { tree } = host();
  tree.attach(world.kernel.fs);
  await runBashCommand(world, 'touch saved.txt');
  const snapshot = snapshotFileSystem(world.kernel.fs);
  await runBashCommand(world, 'rm saved.txt; touch later.txt');
  tree.list('/home/student');
  expect(tree.takeUpdate()).toBeNull();

  restoreFileSystem(world.kernel.fs, snapshot);
  const update = tree.takeUpdate();
  expect(update?.listings.map((l) => l.path)).toEqual(['/home/student']);
  expect(names(update?.listings[0])).toEqual(['.bash_logout', '.bashrc', '.profile', 'saved.txt']);

  // And the new inodes are watched: a change after the restore is seen.
  await runBashCommand(world, 'echo x > saved.txt');
  expect(names(tree.takeUpdate()?.listings[0])).toEqual(['.bash_logout', '.bashrc', '.profile', 'saved.txt']);
});

test('attached to a new world, the watched folders are listed from it', async () => {
  const first = bootWorld();
  const { tree, flushes } = host();
  tree.attach(first.kernel.fs);
  tree.list('/home/student');
  const second = bootWorld();
  await runBashCommand(second, 'touch fresh.txt');
  tree.attach(second.kernel.fs);
  expect(flushes()).toBe(1);
  const update = tree.takeUpdate();
  expect(names(update?.listings[0])).toEqual(['.bash_logout', '.bashrc', '.profile', 'fresh.txt']);
  // The old world's changes no longer reach the tree.
  await runBashCommand(first, 'touch stale.txt');
  expect(tree.takeUpdate()).toBeNull();
});
