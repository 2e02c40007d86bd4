using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Certification.Web.Data;
using Certification.Web.Domain.Applications;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Workflows;
using Certification.Web.Resources;
using Certification.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Api;

/// <summary>
/// Certification applications as JSON: open one, attach dossier files, read its steps and journal, complete a task.
/// Task refusals answer 409 (already done, reload), 403 (not your task), 400 (input) with the message in the user's language.
/// </summary>
public static class ApplicationsApi
{
    public sealed record ApplicationInput(
        [property: JsonConverter(typeof(JsonStringEnumConverter<ApplicationKind>))] ApplicationKind? Kind, Guid? ParkId, Guid? EnterpriseId,
        bool? Recertification)
    {
        public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
        {
            [nameof(Kind)] = "Loại chứng nhận", [nameof(ParkId)] = "Khu công nghiệp", [nameof(EnterpriseId)] = "Doanh nghiệp",
            [nameof(Recertification)] = "Cấp lại",
        };
    }

    public sealed record DocumentInput(
        [property: JsonConverter(typeof(JsonStringEnumConverter<DossierDocumentKind>))] DossierDocumentKind? Kind, Guid? FileId, string? IndicatorCode)
    {
        public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
        {
            [nameof(Kind)] = "Thành phần hồ sơ", [nameof(FileId)] = "Tệp", [nameof(IndicatorCode)] = "Chỉ tiêu",
        };
    }

    public sealed record TaskInput(string? Outcome, JsonObject? Data)
    {
        public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
        {
            [nameof(Outcome)] = "Quyết định", [nameof(Data)] = "Dữ liệu",
        };
    }

    public static void MapApplicationsApi(this RouteGroupBuilder api)
    {
        var applications = api.MapGroup("/applications");

        applications.MapGet("/", async (CertificationDbContext db, AccessPolicy access, CancellationToken cancellationToken) =>
            await access.VisibleApplications(db.Applications).OrderByDescending(a => a.CreatedAt)
                .Select(a => new { a.Id, Kind = a.Kind.ToString(), a.Status, a.ParkId, a.EnterpriseId, a.CertificateNumber, a.IsDemo })
                .ToListAsync(cancellationToken));

        applications.MapPost("/", async (HttpRequest request, ApplicationOpening opening, RecertificationOpening renewal, AccessPolicy access,
            IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        {
            var errors = new InputErrors(l);
            var (input, problem) = await JsonBody.ReadAsync<ApplicationInput>(request, errors, ApplicationInput.Fields, cancellationToken);
            if (input is null)
                return problem!;
            var kind = input.Kind ?? ApplicationKind.EcoIndustrialPark;
            var application = input.Recertification == true
                ? await renewal.OpenAsync(access, kind, input.ParkId, input.EnterpriseId, isDemo: false, cancellationToken)
                : await opening.OpenAsync(access, kind, input.ParkId, input.EnterpriseId, isDemo: false, cancellationToken);
            return application is null ? Problems.NotFound(l) : Results.Created($"/api/applications/{application.Id}", new { application.Id });
        });

        applications.MapGet("/{applicationId:guid}", async (Guid applicationId, ApplicationReader reader, AccessPolicy access,
            IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
            await reader.ReadAsync(access, applicationId, cancellationToken) is { } view ? Results.Ok(view) : Problems.NotFound(l));

        applications.MapPost("/{applicationId:guid}/documents", async (Guid applicationId, HttpRequest request, CertificationDbContext db,
            AccessPolicy access, IStringLocalizer<SharedResource> l, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var application = await access.VisibleApplications(db.Applications).Include(a => a.Documents)
                .SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
            if (application is null)
                return Problems.NotFound(l);
            if (application.ApplicantOrganisationId != access.User.OrganisationId)
                return Problems.Forbidden(l);
            var errors = new InputErrors(l);
            var (input, problem) = await JsonBody.ReadAsync<DocumentInput>(request, errors, DocumentInput.Fields, cancellationToken);
            if (input is null)
                return problem!;
            var fileOk = input.FileId is { } fileId && await db.EvidenceFiles.AnyAsync(f => f.Id == fileId && f.OwnerOrganisationId == access.User.OrganisationId, cancellationToken);
            errors.Require(input.Kind is { } kind && Enum.IsDefined(kind), nameof(DocumentInput.Kind), "Vui lòng chọn {0}.", errors.Name("Thành phần hồ sơ"));
            errors.Require(fileOk, nameof(DocumentInput.FileId), "Vui lòng chọn {0}.", errors.Name("Tệp"));
            if (errors.Any)
                return errors.Problem();
            var document = application.AttachDocument(input.Kind!.Value, input.FileId!.Value, input.IndicatorCode, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return Results.Created($"/api/applications/{application.Id}", new { document.Id });
        });

        applications.MapPost("/{applicationId:guid}/tasks/{taskId:guid}", async (Guid applicationId, Guid taskId, HttpRequest request,
            WorkflowHost host, CertificationDbContext db, AccessPolicy access, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        {
            // Access first: a foreign application is not found, whatever the body holds.
            if (!await access.VisibleApplications(db.Applications).AnyAsync(a => a.Id == applicationId, cancellationToken))
                return Problems.NotFound(l);
            var errors = new InputErrors(l);
            var (input, problem) = await JsonBody.ReadAsync<TaskInput>(request, errors, TaskInput.Fields, cancellationToken);
            if (input is null)
                return problem!;
            if (string.IsNullOrWhiteSpace(input.Outcome))
            {
                errors.Add(nameof(TaskInput.Outcome), "Vui lòng chọn {0}.", errors.Name("Quyết định"));
                return errors.Problem();
            }
            var result = await host.CompleteTaskAsync(access, applicationId, taskId, input.Outcome, input.Data, cancellationToken);
            return result.Refusal switch
            {
                null => Results.NoContent(),
                TaskRefusal.NotFound => Problems.NotFound(l),
                TaskRefusal.NotInGroup => Problems.Forbidden(l),
                TaskRefusal.Invalid => Invalid(errors, result),
                _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: l[result.Message, result.Arguments].Value),
            };
        });

        api.MapGet("/tasks", async (CertificationDbContext db, AccessPolicy access, CancellationToken cancellationToken) =>
            await access.InboxTasks(db.WorkflowTasks).OrderBy(t => t.DueOn == null).ThenBy(t => t.DueOn).ThenBy(t => t.CreatedAt)
                .Select(t => new { t.Id, t.ApplicationId, t.ActivityId, t.ItemKey, t.DueOn, t.FormKey }).ToListAsync(cancellationToken));
    }

    private static IResult Invalid(InputErrors errors, TaskResult result)
    {
        errors.Add(result.Field ?? "", result.Message, result.Arguments);
        return errors.Problem(StatusCodes.Status422UnprocessableEntity);
    }
}
