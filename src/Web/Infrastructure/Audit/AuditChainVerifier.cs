using Certification.Web.Data;
using Certification.Web.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Audit;

/// <summary>Outcome of walking the audit chain. <see cref="FirstBrokenSequence"/> is null when every link holds.</summary>
public sealed record AuditChainReport(long RowsChecked, long? FirstBrokenSequence, string? Reason)
{
    public bool IsIntact => FirstBrokenSequence is null;
}

/// <summary>Recomputes every hash in order and points at the first row that was edited, removed or inserted.</summary>
public sealed class AuditChainVerifier(CertificationDbContext db)
{
    private const int PageSize = 5_000;

    public async Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken)
    {
        long checkedRows = 0;
        long expectedSequence = 1;
        var previousHash = AuditHash.Genesis;
        while (true)
        {
            var page = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence >= expectedSequence)
                .OrderBy(e => e.Sequence)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
                return new AuditChainReport(checkedRows, null, null);
            foreach (var row in page)
            {
                if (row.Sequence != expectedSequence)
                    return new AuditChainReport(checkedRows, expectedSequence, "missing");
                if (row.PreviousHash != previousHash)
                    return new AuditChainReport(checkedRows, row.Sequence, "link");
                if (AuditHash.Compute(row) != row.Hash)
                    return new AuditChainReport(checkedRows, row.Sequence, "content");
                previousHash = row.Hash;
                expectedSequence++;
                checkedRows++;
            }
        }
    }
}
