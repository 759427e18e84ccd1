using System.Diagnostics;

namespace Auralis.Audio.Tests.Codecs;

/// <summary>Runs a program on a file and gives back its exit code, standard output and standard error.</summary>
internal static class ExternalTool
{
    public static (int ExitCode, string Output, string Errors) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, errors);
    }

    /// <summary>Writes <paramref name="content"/> to a temporary file named with <paramref name="extension"/>, runs <paramref name="use"/> on its path, then deletes it.</summary>
    public static T OnTemporaryFile<T>(byte[] content, string extension, Func<string, T> use)
    {
        var path = Path.Combine(Path.GetTempPath(), $"auralis-{Guid.NewGuid():N}{extension}");
        try
        {
            File.WriteAllBytes(path, content);
            return use(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
