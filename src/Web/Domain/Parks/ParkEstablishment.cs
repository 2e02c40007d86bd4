namespace Certification.Web.Domain.Parks;

/// <summary>Decree 35 Art 38: a newly established park registered as an eco-park has 8 years to meet the criteria.</summary>
public enum ParkEstablishment
{
    Existing,
    NewlyEstablished,
}
