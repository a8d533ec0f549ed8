// rmdir: expected outputs recorded from GNU coreutils 9.1 (the command is in each comment).
import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe("rmdir", () => {

  test("removes empty directories, -v explains", async () => {
    // $ mkdir -p a/b/c x; rmdir -v a/b/c x; ls
    expect(await sh("mkdir -p a/b/c x; rmdir -v a/b/c x; ls")).toEqual({
      stdout: "rmdir: removing directory, 'a/b/c'\nrmdir: removing directory, 'x'\na\n",
      stderr: "",
      status: 0,
    });
  });

  test("-p removes the ancestors named in the operand", async () => {
    // $ mkdir -p a/b/c; rmdir -pv a/b/c; ls; mkdir -p m/n; rmdir -p m/n/; ls
    expect(await sh("mkdir -p a/b/c; rmdir -pv a/b/c; ls; mkdir -p m/n; rmdir -p m/n/; ls")).toEqual({
      stdout: "rmdir: removing directory, 'a/b/c'\nrmdir: removing directory, 'a/b'\nrmdir: removing directory, 'a'\n",
      stderr: "",
      status: 0,
    });
  });

  test("a non-empty directory is an error unless --ignore-fail-on-non-empty", async () => {
    // $ mkdir y; touch y/f; rmdir y; echo $?; rmdir --ignore-fail-on-non-empty y; echo $?
    expect(await sh("mkdir y; touch y/f; rmdir y; echo $?; rmdir --ignore-fail-on-non-empty y; echo $?")).toEqual({
      stdout: "1\n0\n",
      stderr: "rmdir: failed to remove 'y': Directory not empty\n",
      status: 0,
    });
  });

  test("-p stops at the first ancestor it cannot remove", async () => {
    // $ mkdir -p p/q; touch p/z; rmdir -p p/q; echo $?; ls p; rmdir -p --ignore-fail-on-non-empty -v p/; echo $?
    expect(await sh("mkdir -p p/q; touch p/z; rmdir -p p/q; echo $?; ls p; rmdir -p --ignore-fail-on-non-empty -v p/; echo $?")).toEqual({
      stdout: "1\nz\nrmdir: removing directory, 'p/'\n0\n",
      stderr: "rmdir: failed to remove directory 'p': Directory not empty\n",
      status: 0,
    });
  });

  test("missing operand", async () => {
    // $ rmdir; echo $?
    expect(await sh("rmdir; echo $?")).toEqual({
      stdout: "1\n",
      stderr: "rmdir: missing operand\nTry 'rmdir --help' for more information.\n",
      status: 0,
    });
  });

  test("nonexistent names, files, and directories without permission", async () => {
    // $ touch f; rmdir nope f /etc; echo $?
    expect(await sh("touch f; rmdir nope f /etc; echo $?")).toEqual({
      stdout: "1\n",
      stderr: "rmdir: failed to remove 'nope': No such file or directory\nrmdir: failed to remove 'f': Not a directory\nrmdir: failed to remove '/etc': Permission denied\n",
      status: 0,
    });
  });

  test(". and .. are refused as Linux refuses them", async () => {
    // $ rmdir . ..; echo $?; mkdir d; rmdir d/.; rmdir /
    expect(await sh("rmdir . ..; echo $?; mkdir d; rmdir d/.; rmdir /")).toEqual({
      stdout: "1\n",
      stderr: "rmdir: failed to remove '.': Invalid argument\nrmdir: failed to remove '..': Directory not empty\nrmdir: failed to remove 'd/.': Invalid argument\nrmdir: failed to remove '/': Device or resource busy\n",
      status: 1,
    });
  });

  test("a symlink to a directory is not followed", async () => {
    // $ mkdir d; ln -s d l; rmdir l/; rmdir l; ls
    expect(await sh("mkdir d; ln -s d l; rmdir l/; rmdir l; ls")).toEqual({
      stdout: "d\nl\n",
      stderr: "rmdir: failed to remove 'l/': Symbolic link not followed\nrmdir: failed to remove 'l': Not a directory\n",
      status: 0,
    });
  });

  test("permission denied inside a read-only directory", async () => {
    // $ mkdir -p q/r; chmod 555 q; rmdir q/r; rmdir --ignore-fail-on-non-empty q/r; echo $?; chmod 755 q
    expect(await sh("mkdir -p q/r; chmod 555 q; rmdir q/r; rmdir --ignore-fail-on-non-empty q/r; echo $?; chmod 755 q")).toEqual({
      stdout: "1\n",
      stderr: "rmdir: failed to remove 'q/r': Permission denied\nrmdir: failed to remove 'q/r': Permission denied\n",
      status: 0,
    });
  });

  test("names with spaces are quoted", async () => {
    // $ mkdir -p "s t/u"; rmdir -pv "s t/u"; rmdir "s t"
    expect(await sh("mkdir -p \"s t/u\"; rmdir -pv \"s t/u\"; rmdir \"s t\"")).toEqual({
      stdout: "rmdir: removing directory, 's t/u'\nrmdir: removing directory, 's t'\n",
      stderr: "rmdir: failed to remove 's t': No such file or directory\n",
      status: 1,
    });
  });
});
