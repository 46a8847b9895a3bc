using MimeKit;

namespace Reminders.Worker.Mail.Pickup;

/// <summary>Writes a message as an <c>.eml</c> file that readers never see half-written.</summary>
public static class EmlWriter
{
    /// <summary>
    /// Writes <paramref name="message"/> to <c>.NAME.tmp</c> beside <paramref name="path"/>, flushes it to disk and
    /// moves it over <paramref name="path"/>. Creates the folder when missing. On failure the temporary file is removed
    /// and the exception propagates.
    /// </summary>
    public static async Task WriteAtomicallyAsync(MimeMessage message, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(path);

        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath)
            ?? throw new ArgumentException($"'{path}' no tiene una carpeta.", nameof(path));
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.tmp");

        try
        {
            var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 16 * 1024, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await message.WriteToAsync(FormatOptions.Default, stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The original failure matters more; a stray temporary file is harmless and named with a leading dot.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
