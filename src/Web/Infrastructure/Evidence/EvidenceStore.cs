using System.Security.Cryptography;

namespace Certification.Web.Infrastructure.Evidence;

/// <summary>
/// Content-addressed file store outside the web root: a file's bytes live at
/// <c>{root}/{sha[0..2]}/{sha}</c> and are written once, never overwritten or edited.
/// Uploads are first streamed to a temporary file in the same folder, then moved into place, so a killed
/// process leaves at most a temporary file and never a half-written evidence file.
/// </summary>
public sealed class EvidenceStore(EvidenceOptions options)
{
    public string Root { get; } = options.StorePath;

    /// <summary>Streams <paramref name="content"/> to a temporary file while hashing it; at most <see cref="EvidenceOptions.MaxFileBytes"/> + 1 bytes are read.</summary>
    public async Task<StagedUpload> StageAsync(Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.Combine(Root, "tmp"));
        var temporary = Path.Combine(Root, "tmp", Guid.NewGuid().ToString("N"));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var header = new byte[FileTypeSniffer.HeaderLength];
        var headerLength = 0;
        long total = 0;
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > options.MaxFileBytes)
                    break; // too large: stop reading, the caller refuses it
                if (headerLength < header.Length)
                {
                    var take = Math.Min(read, header.Length - headerLength);
                    Array.Copy(buffer, 0, header, headerLength, take);
                    headerLength += take;
                }
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        return new StagedUpload(temporary, total, Convert.ToHexStringLower(hash.GetHashAndReset()), header[..headerLength]);
    }

    /// <summary>Moves a staged file to its content address. If the same content is already stored, the copy is dropped.</summary>
    public void Commit(StagedUpload staged)
    {
        var target = PathOf(staged.Sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target))
            File.Delete(staged.TemporaryPath);
        else
            File.Move(staged.TemporaryPath, target);
    }

    public void Discard(StagedUpload staged) => File.Delete(staged.TemporaryPath);

    public Stream Open(string sha256) => File.OpenRead(PathOf(sha256));

    public bool Exists(string sha256) => File.Exists(PathOf(sha256));

    private string PathOf(string sha256)
    {
        // The address is only ever a hash we computed; refuse anything else so no caller can reach outside the root.
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit))
            throw new ArgumentException("Not a SHA-256 address.", nameof(sha256));
        return Path.Combine(Root, sha256[..2], sha256);
    }
}

/// <summary>A file streamed to the store's temporary folder but not yet committed.</summary>
public sealed record StagedUpload(string TemporaryPath, long Length, string Sha256, byte[] Header);
