// The launchers are POSIX shell scripts; what these tests check exists only on Unix.
[assembly: System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
