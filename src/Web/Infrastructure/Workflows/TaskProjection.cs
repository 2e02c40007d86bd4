using Certification.Web.Data;
using Certification.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Certification.Web.Infrastructure.Workflows;

/// <summary>Keeps the WorkflowTasks rows of one instance equal to its open bookmarks; call before the save.</summary>
internal static class TaskProjection
{
    public static async Task SyncAsync(CertificationDbContext db, WorkflowInstance instance, Guid? applicationId, CancellationToken cancellationToken)
    {
        var rows = await db.WorkflowTasks.Where(t => t.InstanceId == instance.Id).ToListAsync(cancellationToken);
        var open = instance.Bookmarks.ToDictionary(b => b.Id);
        foreach (var row in rows)
        {
            if (open.Remove(row.Id, out var bookmark))
                row.Refresh(bookmark);
            else
                db.WorkflowTasks.Remove(row);
        }
        foreach (var bookmark in open.Values)
            db.WorkflowTasks.Add(new WorkflowTask(bookmark, instance.Id, applicationId));
    }
}
