using CobBot.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CobBot.Tests.Privacy;

public class PhiRedactorTests
{
    private readonly PhiRedactor _redactor = new ServiceCollection()
        .AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 19, 0, 0, TimeSpan.Zero)))
        .AddPhiRedaction()
        .BuildServiceProvider()
        .GetRequiredService<PhiRedactor>();

    [Theory]
    [InlineData(
        "Hi, I'm Dana Whitfield, DOB 03/14/1975, member ID XWZ889201334 - can you check why claim #CLM-2026-004512 was denied? Reach me at dana.w@gmail.com or (646) 555-0198.",
        "Hi, I'm [NAME], DOB [DOB], member ID [MEMBER_ID] - can you check why claim #[CLAIM_NUMBER] was denied? Reach me at [EMAIL] or [PHONE].")]
    [InlineData("My SSN is 123-45-6789 and my policy number is H123456789.", "My SSN is [SSN] and my policy number is [MEMBER_ID].")]
    [InlineData("ssn: 123456789", "ssn: [SSN]")]
    [InlineData("social security number 123 45 6789", "social security number [SSN]")]
    [InlineData("the patient was born on March 14, 1975 in Queens", "the patient was born on [DOB] in Queens")]
    [InlineData("Date of birth: 1975-03-14", "Date of birth: [DOB]")]
    [InlineData("birthday is 14 March 1975", "birthday is [DOB]")]
    [InlineData("d.o.b. 3/14/75", "d.o.b. [DOB]")]
    [InlineData("subscriber id: 55501234, group 7781", "subscriber id: [MEMBER_ID], group 7781")]
    [InlineData("Medicare number 1EG4-TE5-MK73", "Medicare number [MEMBER_ID]")]
    [InlineData("claim number 2026-0012345 for $1,250.00", "claim number [CLAIM_NUMBER] for $1,250.00")]
    [InlineData("my name is jane doe, call 9292297209", "my name is [NAME], call [PHONE]")]
    [InlineData("member id 2125550147", "member id [MEMBER_ID]")]
    [InlineData("I called your support line (929) 229-7209 yesterday", "I called your support line [PHONE] yesterday")]
    public void Masks_phi_in_realistic_sentences(string text, string expected)
    {
        Assert.Equal(expected, _redactor.Redact(text));
    }

    [Theory]
    [InlineData("Can I book a product demo on Dec 3 at 3:30 pm?")]
    [InlineData("The invoice was $1,250.00 and we paid it on 12/03/2026.")]
    [InlineData("My confirmation code is COB-7K3M9Q, can I move it to next Tuesday at 10?")]
    [InlineData("We see 40 patients a day and submit 120 claims a week.")]
    [InlineData("What is your refund policy for 2026 annual plans?")]
    [InlineData("Member since 2019, I was born to do billing.")]
    [InlineData("I'm looking for benefits verification, about 99.8% accuracy?")]
    public void Leaves_non_phi_alone(string text)
    {
        var result = _redactor.Scan(text);

        Assert.Equal(text, result.MaskedText);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Reports_what_it_masked_in_text_order()
    {
        var result = _redactor.Scan("Email sam@clinic.org, DOB 1980-02-29, SSN 078-05-1120.");

        Assert.Equal("Email [EMAIL], DOB [DOB], SSN [SSN].", result.MaskedText);
        Assert.Equal(
            [new PhiFinding(PhiKind.Email, "sam@clinic.org", 6), new PhiFinding(PhiKind.DateOfBirth, "1980-02-29", 26), new PhiFinding(PhiKind.Ssn, "078-05-1120", 42)],
            result.Findings);
    }

    [Fact]
    public void A_date_far_from_the_birth_keyword_is_not_a_birth_date()
    {
        const string text = "I was born in Ohio and would like an appointment on Dec 3";

        Assert.Equal(text, _redactor.Redact(text));
    }
}
