using Certification.Web.Infrastructure.Workflows;
using Certification.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Certification.Web.Data.Configuration;

/// <summary>
/// The runtime's instance as one row: scalar columns for what is filtered on, jsonb for what is read whole. Version is
/// the concurrency token (the runner increments it on every change), so of two users acting on one instance at once,
/// the second save fails and nothing of it is written.
/// </summary>
internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> instance)
    {
        instance.HasKey(i => i.Id);
        instance.Property(i => i.Id).ValueGeneratedNever();
        instance.Property(i => i.DefinitionName).HaveMaxLengthAndRequired(100);
        instance.Property(i => i.CorrelationId).HasMaxLength(100);
        instance.Property(i => i.FinalOutcome).HasMaxLength(100);
        instance.Property(i => i.Version).IsConcurrencyToken();
        instance.Property(i => i.Data).IsJsonObject().IsRequired();
        instance.Property(i => i.Bookmarks).IsJson().IsRequired();
        instance.Property(i => i.Journal).IsAppendOnlyJson().IsRequired();
        instance.Property(i => i.Incidents).IsJson().IsRequired();
        instance.Property(i => i.Scopes).IsJson().IsRequired();
        instance.Property(i => i.Clocks).IsJson().IsRequired();
        instance.HasIndex(i => i.CorrelationId);
        instance.HasIndex(i => i.Status);
    }
}

internal sealed class WorkflowTaskConfiguration : IEntityTypeConfiguration<WorkflowTask>
{
    public void Configure(EntityTypeBuilder<WorkflowTask> task)
    {
        task.Property(t => t.Id).ValueGeneratedNever();
        task.Property(t => t.ActivityId).HaveMaxLengthAndRequired(100);
        task.Property(t => t.RoleCode).HasMaxLength(40);
        task.Property(t => t.OrganisationId).HasMaxLength(100);
        task.Property(t => t.FormKey).HasMaxLength(100);
        task.Property(t => t.ItemKey).HasMaxLength(100);
        task.HasOne<WorkflowInstance>().WithMany().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Cascade);
        // The inbox: tasks of one candidate group by due date.
        task.HasIndex(t => new { t.RoleCode, t.OrganisationId, t.DueOn });
        // The timer job: due timers.
        task.HasIndex(t => new { t.Kind, t.FireAt });
        task.HasIndex(t => t.ApplicationId);
    }
}

internal sealed class ProcessDefinitionVersionConfiguration : IEntityTypeConfiguration<ProcessDefinitionVersion>
{
    public void Configure(EntityTypeBuilder<ProcessDefinitionVersion> version)
    {
        version.HasKey(v => new { v.Name, v.Version });
        version.Property(v => v.Name).HasMaxLength(100);
        version.Property(v => v.Settings).HasColumnType("jsonb").IsRequired();
    }
}
