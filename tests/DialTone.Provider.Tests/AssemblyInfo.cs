// The tests start the plugin through its POSIX launcher and send it POSIX signals.
[assembly: System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
