"""b28-006: medicare, 2 gaps. Styles (1) ambient-AI-scribe new-start follow-up (too early to judge) and
(4) Medicare remittance advice + MSN excerpt filed in the chart, plus the DOS infusion note. Aralast NP
4 x 1,000 + 1 x 500 mg = 4,500 mg, but the claim line is keyed as 4500 units of J0256."""

CHART_ID = "b28-006"
DOS = "2026-03-03"
PAYER = {"profile": "medicare", "name": "Medicare Part B (Novitas JL)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 4500, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
CHESAPEAKE PULMONARY INFUSION SUITE                           INFUSION VISIT NOTE
Patient: ABERNATHY, COLE W    DOB 06/30/1956    MRN CPI-104482    Visit: 03/03/2026 (dose #4)
Ordering: Simone Achterberg, MD

Check-in 13:10. Pt reports no fever, chills or new symptoms since last Tuesday.
VS 13:18: BP 142/88  HR 84  RR 18  T 36.8 C  SpO2 92% RA.  Weight 77.4 kg (standing scale).
PIV 22G R forearm 13:24, flushed without difficulty.

Aralast NP (alpha1-PI, human), order 60 mg/kg weekly = 4,644 mg calc; dispensed nearest vial
combination: 1,000 mg x4 (lot LE25J207, exp 04/30/2027) + 500 mg x1 (lot LE25H118, exp 01/31/2027),
reconstituted by pharmacy 13:05 (225 mL total).
Aralast NP 4,500 mg IV given 13:31 to 14:10 at 0.08 mL/kg/min or less via 5 micron filter.
All 5 vials used - no drug wasted.
VS 13:45: 138/84, 82, SpO2 93%.  VS 14:12: 136/82, 80, SpO2 93%.
No infusion reaction; pt read during infusion. Post-infusion obs 30 min.
PIV removed 14:40, dry dressing. Left 14:44 with son driving.
Next: 03/10/2026 13:00.
                                   Electronically signed: Mariela Fonseca, RN   03/03/2026 14:52
"""

D2 = """
CHESAPEAKE PULMONARY ASSOCIATES
Visit Summary - Ambient AI Scribe (draft reviewed by clinician)
Date: 02/24/2026     Clinician: Simone Achterberg, MD     Visit type: follow-up, new therapy
Patient: Cole W. Abernathy, 69 M

HPI (summarized from conversation)
- Mr. Abernathy is here three weeks after starting weekly Aralast NP infusions (first dose
  02/10/2026) for alpha-1 antitrypsin deficiency with emphysema.
- He said he "can't really tell a difference yet" with his breathing; still stops twice on the
  stairs up to his bedroom.
- He asked how long the infusion visits will keep taking; he has to arrange rides with his son.
- He mentioned his brother had "the same lung thing" and was on infusions for years before he
  died in 2019; his daughter is asking whether she should be tested.
- He stopped smoking in 2004 after about 35 pack-years.

Patient-reported
- Breathlessness: mMRC 3 (same as before therapy).
- Cough: mornings, clear sputum.
- Weight: he has not been weighing himself at home.

Exam / data
- BP 146/90, HR 86, SpO2 92% RA, weight 78.1 kg (clinic scale).
- Lungs: diminished throughout, prolonged expiration.
- Labs reviewed (11/2025): AAT 48 mg/dL (nephelometry), phenotype PI*SZ, CRP normal.
- PFT 12/2025: FEV1 1.24 L (35% predicted), FEV1/FVC 0.38, DLCO 44%.
- CT 11/2025: diffuse emphysema, panlobular, lower-lobe predominant.

Assessment & Plan
- Alpha-1 antitrypsin deficiency, PI*SZ, with emphysema / COPD (GOLD 4 by FEV1)
  - Only three doses so far - too early to judge whether augmentation is helping.
  - Continue Aralast NP 60 mg/kg IV weekly.
  - Plan to reassess at 6 months: exacerbation count, CAT score, repeat spirometry.
- COPD maintenance: continue fluticasone furoate/umeclidinium/vilanterol daily.
- Daughter: genetic counseling referral given to the patient to pass along.
- Return 08/2026.

Reviewed and signed: Simone Achterberg, MD   02/24/2026 18:02
"""

D3 = """
NOVITAS SOLUTIONS   MEDICARE PART B REMITTANCE ADVICE   (provider copy - excerpt filed to chart
by billing 02/27/2026 for dose-#1/#2 payment verification)
PROVIDER: CHESAPEAKE PULMONARY ASSOCIATES   NPI 1xxxxxxxx3   CHECK/EFT # 0045221871   DATE 02/26/2026

NAME ABERNATHY, COLE W    MID 1EG4-xxx-xx72    ACNT CPI104482-0210    ICN 1226052174400
ASG Y   MOA MA01 MA18
PERF PROV   SERV DATE      POS NOS  PROC   MODS  BILLED     ALLOWED    DEDUCT   COINS     GRP/RC-AMT       PROV PD
1xxxxxxxx3  0210 021026    11  450  J0256  JZ    9,675.00   6,412.50   283.00   1,225.90  CO-45 3,262.50  4,903.60
1xxxxxxxx3  0210 021026    11  1    96365        385.00     79.41      0.00     15.88     CO-45 305.59    63.53
1xxxxxxxx3  0217 021726    11  450  J0256  JZ    9,675.00   6,412.50   0.00     1,282.50  CO-45 3,262.50  5,130.00
1xxxxxxxx3  0217 021726    11  1    96365        385.00     79.41      0.00     15.88     CO-45 305.59    63.53
PT RESP 2,823.16        CLAIM TOTALS  20,120.00  12,983.82  283.00   2,540.16                  10,160.66
REM: MA01 (appeal rights)   MA18 (claim information forwarded to supplemental insurer: AARP MEDSUPP)

MEDICARE SUMMARY NOTICE (patient copy excerpt, scanned by front desk 03/02/2026)
  Feb 10, 2026  Injection, alpha 1-proteinase inhibitor (human), not otherwise specified, 10 mg (J0256 x450)
                Amount provider may bill you: $1,508.90 (deductible $283.00 + coinsurance $1,225.90)
  Feb 17, 2026  same service (J0256 x450)   Amount provider may bill you: $1,282.50
  Your supplemental plan has been sent this information.
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-03", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-02-24", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-03-02", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "Alpha-1 antitrypsin deficiency, PI*SZ, with emphysema"},
    {"kind": "genotype", "alleles": ["S", "Z"], "_doc": "d2", "_ev": "phenotype PI*SZ"},
    {"kind": "serum_aat", "value": 48, "unit": "mg/dL", "_doc": "d2", "_ev": "AAT 48 mg/dL (nephelometry)"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "diffuse emphysema, panlobular"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d2", "_ev": "COPD (GOLD 4 by FEV1)"},
    {"kind": "weight", "value": 77.4, "unit": "kg", "value_kg": 77.4, "_date": "2026-03-03", "_doc": "d1",
     "_ev": "Weight 77.4 kg (standing scale)"},
    {"kind": "weight", "value": 78.1, "unit": "kg", "value_kg": 78.1, "_date": "2026-02-24", "_doc": "d2",
     "_ev": "weight 78.1 kg (clinic scale)"},
    {"kind": "dose", "value": 4500, "_doc": "d1", "_ev": "Aralast NP 4,500 mg IV given"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "All 5 vials used - no drug wasted"},
    {"kind": "lot_number", "value": "LE25J207", "_doc": "d1", "_ev": "lot LE25J207"},
    {"kind": "lot_number", "value": "LE25H118", "_doc": "d1", "_ev": "lot LE25H118"},
    {"kind": "expiration_date", "value": "2027-04-30", "_doc": "d1", "_ev": "lot LE25J207, exp 04/30/2027"},
    {"kind": "expiration_date", "value": "2027-01-31", "_doc": "d1", "_ev": "lot LE25H118, exp 01/31/2027"},
    {"kind": "infusion_start", "value": "13:31", "_doc": "d1", "_ev": "given 13:31 to 14:10"},
    {"kind": "infusion_end", "value": "14:10", "_doc": "d1", "_ev": "given 13:31 to 14:10"},
    {"kind": "fev1", "value": 35, "_doc": "d2", "_ev": "FEV1 1.24 L (35% predicted)"},
    {"kind": "smoking_status", "value": "former", "_doc": "d2", "_ev": "He stopped smoking in 2004"},
    {"kind": "drug_product", "value": "Aralast NP", "_dos": True, "_doc": "d1", "_ev": "Aralast NP 4,500 mg IV given"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "conflict",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "missing",
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "dos": "2026-03-03",
    "weight": {"value": 77.4, "unit": "kg", "kg": 77.4, "date": "2026-03-03"},
    "dose_mg": 4500,
    "target_mg": 4644.0,
    "tolerance_mg": 464.4,
    "deviation_pct": -3.1,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 450,
    "units_billed": 4500,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-04-30", "2027-01-31"],
    "expiration_ok": True,
}

NOTES = """
Gaps: units_match_dose conflict (administered line keyed 4500 units = the mg amount; J0256 is 10 mg per
unit, expected 450); response_to_therapy missing (new start, dose #4: "can't really tell a difference
yet", "too early to judge", plan to reassess at 6 months - no response statement; the infusion
record's "No infusion reaction" is a tolerance remark outside a progress note). The remittance/MSN for 02/10 and 02/17 (J0256 x450, billed/allowed/
deductible/coinsurance, CO-45, MA01/MA18, ICN, check #) are earlier dates and not findings. Traps:
check-in 13:10, VS times, PIV 13:24, pharmacy reconstitution 13:05, PIV removal 14:40, departure 14:44;
calc 4,644 mg; 225 mL; brother (deceased) "same lung thing" and daughter (family); mMRC 3; DLCO 44 %.
PI*SZ with 48 mg/dL on a medicare profile is a deficient pair.
"""
