using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Certification.Web.Data.Configuration;

internal static class PropertyBuilderExtensions
{
    public static PropertyBuilder<string> HaveMaxLengthAndRequired(this PropertyBuilder<string> property, int maxLength) =>
        property.HasMaxLength(maxLength).IsRequired();
}
