using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using Xunit;

namespace Seedream.Testing.FileSystems;

/// <summary>
/// A small tmpfs mounted on a fresh folder, for tests of a full or read-only disk on a real file system; unmounted and
/// removed on dispose. Mounting needs root (or CAP_SYS_ADMIN), which CI has; <see cref="MountFactAttribute"/> skips a
/// test where it is refused.
/// </summary>
public sealed class TemporaryMount : IDisposable
{
    private static readonly Lazy<string?> Refusal = new(TryMountOnce);

    private TemporaryMount(string path)
    {
        Path = path;
    }

    /// <summary>Where the file system is mounted.</summary>
    public string Path { get; }

    /// <summary>Why mounting is refused here, or <see langword="null"/> when it works.</summary>
    public static string? WhyRefused => Refusal.Value;

    /// <summary>Mounts a tmpfs of <paramref name="kilobytes"/> KiB, read-only when asked.</summary>
    /// <param name="kilobytes">Its size in KiB.</param>
    /// <param name="readOnly">Whether it is mounted read-only.</param>
    /// <exception cref="InvalidOperationException">Mounting was refused.</exception>
    public static TemporaryMount Tmpfs(int kilobytes, bool readOnly = false)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "seedream-mount-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        var options = string.Create(CultureInfo.InvariantCulture, $"size={kilobytes}k,mode=0777{(readOnly ? ",ro" : string.Empty)}");
        var error = Run("mount", "-t", "tmpfs", "-o", options, "tmpfs", path);
        if (error is not null)
        {
            Directory.Delete(path);
            throw new InvalidOperationException("mount failed: " + error);
        }

        return new TemporaryMount(path);
    }

    /// <summary>A path inside the mount.</summary>
    /// <param name="parts">The path's parts below the mount.</param>
    public string Combine(params string[] parts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(parts));

    /// <summary>Fills the file system with one file until no byte more fits; a file can still be created empty.</summary>
    /// <returns>The filler file's path.</returns>
    public string FillUp()
    {
        var filler = Combine("filler");
        using var stream = new FileStream(filler, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        foreach (var size in new[] { 65536, 4096, 512, 1 })
        {
            try
            {
                while (true)
                {
                    stream.Write(new byte[size]);
                }
            }
            catch (IOException)
            {
                // No block of this size fits any more; smaller ones may.
            }
        }

        return filler;
    }

    /// <summary>Makes the mounted file system read-only, as a disk remounted read-only after an error is.</summary>
    public void RemountReadOnly()
    {
        var error = Run("mount", "-o", "remount,ro", Path);
        if (error is not null)
        {
            throw new InvalidOperationException("remount failed: " + error);
        }
    }

    /// <summary>Unmounts the file system (lazily, should a file still be open in it) and removes its folder.</summary>
    public void Dispose()
    {
        Run("umount", "--lazy", Path);
        Directory.Delete(Path, recursive: true);
    }

    private static string? TryMountOnce()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "tmpfs mounts are a Linux feature";
        }

        try
        {
            using var probe = Tmpfs(16);
            return null;
        }
        catch (Exception exception)
        {
            return exception.Message;
        }
    }

    /// <summary>Runs a program to its end; its error output when it failed, else <see langword="null"/>.</summary>
    private static string? Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"{program} exited with {process.ExitCode}: {error.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return $"{program} cannot be run: {exception.Message}";
        }
    }
}

/// <summary>A test that needs <see cref="TemporaryMount"/>: skipped, saying why, where mounting a tmpfs is refused.</summary>
public sealed class MountFactAttribute : FactAttribute
{
    /// <summary>Skips the test, saying why, when a tmpfs cannot be mounted here.</summary>
    public MountFactAttribute()
    {
        if (TemporaryMount.WhyRefused is string why)
        {
            Skip = "Needs a tmpfs mount for a full or read-only disk, which is refused here (run as root, as CI does): " + why;
        }
    }
}
