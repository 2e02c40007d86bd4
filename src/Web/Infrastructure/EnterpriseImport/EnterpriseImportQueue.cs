using System.Threading.Channels;

namespace Certification.Web.Infrastructure.EnterpriseImport;

/// <summary>Imports waiting for the worker in this process. The database is the truth: at start the worker re-reads every pending import.</summary>
public sealed class EnterpriseImportQueue
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>();

    public void Enqueue(Guid importId) => _channel.Writer.TryWrite(importId);

    public IAsyncEnumerable<Guid> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
