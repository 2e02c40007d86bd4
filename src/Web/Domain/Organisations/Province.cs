namespace Certification.Web.Domain.Organisations;

public sealed class Province
{
    public Guid Id { get; private set; } = Guid.NewGuid();
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";

    private Province() { }

    public Province(string code, string name)
    {
        Code = code;
        Name = name;
    }
}
