using Certification.Criteria.Indicators;
using Certification.Web.Data;
using Certification.Web.Domain;
using Certification.Web.Domain.Assessment;
using Certification.Web.Domain.Parks;
using Certification.Web.Infrastructure.Access;
using Certification.Web.Infrastructure.Evidence;
using Certification.Web.Pages.Criteria;
using Certification.Web.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Certification.Web.Pages.Parks;

/// <summary>
/// Stores one answer typed on the self-assessment page: reads the typed values for the indicator's kind, takes an
/// uploaded file through the evidence intake, attaches the chosen files, and reports each bad value on its field.
/// </summary>
public sealed class ParkAnswerSaving(CertificationDbContext db, EvidenceIntake intake, CurrentUser user, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    private static readonly Dictionary<string, string> FieldOfRule = new()
    {
        ["ParkAnswer.WholePositive"] = "Answer.Whole",
        ["ParkAnswer.PartWithinWhole"] = "Answer.Part",
        ["ParkAnswer.EvidenceOfOtherOrganisation"] = "Answer.EvidenceFileIds",
    };

    /// <returns>The notice to show after saving, or null when a value was refused (the errors are in <paramref name="errors"/>).</returns>
    public async Task<string?> SaveAsync(Park park, Indicator? indicator, AnswerInput input, ModelStateDictionary errors, CancellationToken ct)
    {
        if (indicator is null || !AssessmentModel.IsAnswered(indicator.Kind))
        {
            errors.AddModelError("Answer.Code", l["Tiêu chí không có hoặc không nhận câu trả lời trực tiếp."]);
            return null;
        }
        var read = Read(indicator, input, errors);
        if (!errors.IsValid)
            return null;

        var answer = await db.ParkAnswers.Include(a => a.Evidence)
            .SingleOrDefaultAsync(a => a.ParkId == park.Id && a.IndicatorCode == indicator.Code, ct);
        if (answer is null)
            db.ParkAnswers.Add(answer = new ParkAnswer(park, indicator.Code));
        var files = await db.EvidenceFiles.Where(f => input.EvidenceFileIds.Contains(f.Id)).ToListAsync(ct);
        try
        {
            var now = clock.GetUtcNow();
            switch (indicator.Kind)
            {
                case IndicatorKind.YesNo: answer.AnswerYesNo(read.YesNo!.Value, input.Note, user.UserId, now); break;
                case IndicatorKind.Number: answer.AnswerNumber(read.Number!.Value, indicator.Unit!, input.Note, user.UserId, now); break;
                default: answer.AnswerQuantityRatio(read.Part!.Value, read.Whole!.Value, indicator.Unit!, input.Note, user.UserId, now); break;
            }
            foreach (var detached in answer.Evidence.Where(e => !input.EvidenceFileIds.Contains(e.EvidenceFileId)).ToList())
                answer.DetachEvidence(detached.EvidenceFileId);
            if (files.Count != input.EvidenceFileIds.Distinct().Count())
                throw new DomainException("ParkAnswer.EvidenceOfOtherOrganisation", "Tệp minh chứng phải thuộc chủ đầu tư hạ tầng của khu công nghiệp này.");
            files.ForEach(file => answer.AttachEvidence(file, park));
            if (input.Upload is { Length: > 0 } upload)
            {
                await using var content = upload.OpenReadStream();
                // Last step: the intake saves the file (and with it the answer) at once.
                if (await AcceptAsync(content, upload.FileName, errors, ct) is not { } uploaded)
                    return null;
                answer.AttachEvidence(uploaded, park);
            }
        }
        catch (DomainException refused)
        {
            errors.AddModelError(FieldOfRule.GetValueOrDefault(refused.Code, "Answer.Upload"), l[refused.Message]);
            return null;
        }
        await db.SaveChangesAsync(ct);
        return indicator.Code;
    }

    private async Task<Domain.Evidence.EvidenceFile?> AcceptAsync(Stream content, string name, ModelStateDictionary errors, CancellationToken ct)
    {
        try
        {
            return await intake.AcceptAsync(content, name, ct);
        }
        catch (DomainException refused)
        {
            errors.AddModelError("Answer.Upload", l[refused.Message]);
            return null;
        }
    }

    private (bool? YesNo, decimal? Number, decimal? Part, decimal? Whole) Read(Indicator indicator, AnswerInput input, ModelStateDictionary errors)
    {
        switch (indicator.Kind)
        {
            case IndicatorKind.YesNo:
                if (input.YesNo is not ("yes" or "no"))
                    errors.AddModelError("Answer.YesNo", l["Vui lòng chọn Có hoặc Không."]);
                return (input.YesNo == "yes", null, null, null);
            case IndicatorKind.Number:
                return (null, Required(input.Number, "Answer.Number", errors), null, null);
            default:
                return (null, null, Required(input.Part, "Answer.Part", errors), Required(input.Whole, "Answer.Whole", errors));
        }
    }

    private decimal? Required(string? typed, string field, ModelStateDictionary errors)
    {
        if (!FormNumber.TryRead(typed, out var value))
            errors.AddModelError(field, l["Giá trị '{0}' không phải là số (dùng dấu phẩy hoặc dấu chấm cho phần thập phân, không dùng dấu phân cách hàng nghìn).", typed ?? ""]);
        else if (value is null)
            errors.AddModelError(field, l["Vui lòng nhập số liệu."]);
        return value;
    }
}
