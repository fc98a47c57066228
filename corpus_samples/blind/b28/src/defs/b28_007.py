"""b28-007: medicaid, 1 gap. Styles (3) interdisciplinary team note with a corrected start time and a
same-day home weight in lb, and (4) Medicaid MCO remittance with a CO-197 / M62 denial, plus a 2018
genotyping report. Prolastin-C Liquid 4,000 mg single vial, J0256 400 JZ. The authorization lapsed
02/28/2026; renewal pending, no number."""

CHART_ID = "b28-007"
DOS = "2026-03-17"
PAYER = {"profile": "medicaid", "name": "Great Lakes Community Care (Medicaid managed care)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
ST. CASIMIR HOSPITAL - PULMONARY INFUSION CLINIC
INTERDISCIPLINARY PROGRESS NOTE                               Date of service: 03/17/2026
Patient: GRAY-HOLLOWAY, JUNE    DOB 11/21/1964    MRN SCH-5521930
Plan: Great Lakes Community Care (Medicaid MCO)   Member ID GLC0099127xx
==============================================================================================
[RN]  0925 Arrived with niece. Wt 66.2 kg on clinic scale. T 36.4 BP 126/78 HR 82 RR 16
SpO2 94% RA. Denies new symptoms. 22G PIV L hand 0958 (2nd attempt; 1st R AC infiltrated on
flush, site clean). Prolastin-C Liquid 4,000 mg / 80 mL from pharmacy, lot 26A0988, exp 12/2027
(verified at bedside with 2nd RN). Infusion start 1005. Infusing at 320 mL/hr.
Infusion complete 1027, line flushed. No reaction. Observed 20 min. PIV out 1050. D/C 1055.
Entire 80 mL vial infused - no waste.
*Correction 1040 (M. Ito, RN): start time above entered in error - 1005 was the pump prime /
line flush. Prolastin-C Liquid infusion actually started 1012.*
                                                         -- Mei Ito, RN   03/17/2026 1102
----------------------------------------------------------------------------------------------
[RT]  0935 pre-infusion spirometry: FEV1 0.98 L (41% pred), FVC 2.31 L (79% pred), ratio 0.42.
Pt states she weighed 146 lb on her home scale this AM. SpO2 92% on RA (RT oximeter) vs 94%
per RN - rechecked, 93%. Reviewed Breztri technique; spacer replaced. No smoking since 2013.
                                                         -- D. Okonkwo, RRT   03/17/2026 0948
----------------------------------------------------------------------------------------------
[PHARMACY]  Order: Prolastin-C Liquid 60 mg/kg IV weekly. Dosing wt 66.2 kg (RN, today) ->
3,972 mg; dispense single 4,000 mg vial (+0.7%, within the 10% rounding policy).
Auth check: the plan's authorization for Prolastin-C Liquid ended 02/28/2026. Renewal request
faxed 03/02/2026 - plan shows "pended for clinical review"; no authorization number issued yet.
Last week's claim (03/10) denied for missing auth (see remit). Dispensed today per Dr. Lindqvist
so the patient does not miss doses; billing aware and holding the claim for the auth.
                                                         -- R. Sandoval, PharmD   03/17/2026 0940
----------------------------------------------------------------------------------------------
[PHYSICIAN]  Seen during the infusion. PiZZ AATD with emphysema, on augmentation since 2019.
She feels better than before augmentation - walking to the bus stop again - and has had one
exacerbation in the past year versus four the year before she started. Lungs: scattered
wheeze R base. Wt 67.0 kg at her 02/17 clinic visit. FEV1 43% predicted in 11/2025; today 41%
per RT. Former smoker (quit 2013).
Plan: continue weekly Prolastin-C Liquid. Called the plan's UM line re: renewal - peer-to-peer
offered for 03/19. If the renewal is denied will appeal. Refill Breztri. RTC 3 months.
                                                         -- E. Lindqvist, MD   03/17/2026 1115
"""

D2 = """
GREAT LAKES COMMUNITY CARE - ELECTRONIC REMITTANCE ADVICE (835 rendered)    Page 1
Payee: ST CASIMIR HOSPITAL OP   NPI 1xxxxxxxx8   Payment #: EFT 7730021984   Date: 03/13/2026

Patient: GRAY-HOLLOWAY, JUNE       Member ID: GLC0099127xx     Patient acct: SCH5521930-0310
Payer claim control #: 2026071001883200    Claim status: 1 (processed as primary)
Svc date    Rev   HCPCS  Mod  Units  Charge      Allowed    Paid       Adj group/CARC/amt     RARC
03/10/2026  0636  J0256  JZ   400    $7,160.00   $0.00      $0.00      CO-197  $7,160.00      M62
03/10/2026  0260  96365       1      $402.00     $0.00      $0.00      CO-197  $402.00        M62
Claim totals:                        $7,562.00   $0.00      $0.00
CO-197: Precertification/notification/authorization/pre-treatment absent.
M62:    Missing/incomplete/invalid treatment authorization code.

Patient: GRAY-HOLLOWAY, JUNE       Patient acct: SCH5521930-0303
Payer claim control #: 2026065000417700    Claim status: 1
03/03/2026  0636  J0256  JZ   400    $7,160.00   $4,388.00  $4,388.00  CO-45   $2,772.00
03/03/2026  0260  96365       1      $402.00     $96.10     $96.10     CO-45   $305.90
Member responsibility: $0.00
Appeal: reconsideration within 60 days; appeal case ref APL-20260316-0093 opened by provider.
"""

D3 = """
TRI-COUNTY REFERENCE LABS                          Molecular Genetics
Patient: June Gray-Holloway    DOB 11/21/1964    Collected 08/14/2018    Reported 08/22/2018
Ordering physician: E. Lindqvist, MD

Alpha-1 Antitrypsin Genotyping (PCR, S and Z alleles)
  Z allele (c.1096G>A, p.Glu366Lys) ........... DETECTED - homozygous
  S allele (c.863A>T, p.Glu288Val) ............ not detected
  Interpretation: Genotype ZZ. Reference (normal): no S or Z allele detected (presumed M/M).
  Limitations: rare and null alleles are not detected by this assay.

Alpha-1 Antitrypsin, quantitative (immunoturbidimetric)
  Result: 22 mg/dL   L      Reference: 90-200 mg/dL
Comment: result below 57 mg/dL consistent with severe deficiency.
Verified by: K. Baptiste, MLS(ASCP)
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-03-17", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-03-13", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2018-08-22", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "PiZZ AATD with emphysema"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "Genotype ZZ"},
    {"kind": "serum_aat", "value": 22, "unit": "mg/dL", "_doc": "d3", "_ev": "Result: 22 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "PiZZ AATD with emphysema"},
    {"kind": "weight", "value": 66.2, "unit": "kg", "value_kg": 66.2, "_date": "2026-03-17", "_doc": "d1",
     "_ev": "Wt 66.2 kg on clinic scale"},
    {"kind": "weight", "value": 146, "unit": "lb", "value_kg": 66.2, "_date": "2026-03-17", "_doc": "d1",
     "_ev": "she weighed 146 lb on her home scale this AM"},
    {"kind": "weight", "value": 67.0, "unit": "kg", "value_kg": 67.0, "_date": "2026-02-17", "_doc": "d1",
     "_ev": "Wt 67.0 kg at her 02/17 clinic visit"},
    {"kind": "dose", "value": 4000, "_doc": "d1", "_ev": "Prolastin-C Liquid 4,000 mg / 80 mL from pharmacy"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "Entire 80 mL vial infused - no waste"},
    {"kind": "lot_number", "value": "26A0988", "_doc": "d1", "_ev": "lot 26A0988"},
    {"kind": "expiration_date", "value": "2027-12", "_doc": "d1", "_ev": "lot 26A0988, exp 12/2027"},
    {"kind": "infusion_start", "value": "10:12", "_doc": "d1", "_ev": "Prolastin-C Liquid infusion actually started 1012"},
    {"kind": "infusion_end", "value": "10:27", "_doc": "d1", "_ev": "Infusion complete 1027"},
    {"kind": "fev1", "value": 41, "_doc": "d1", "_ev": "FEV1 0.98 L (41% pred)"},
    {"kind": "fev1", "value": 43, "_doc": "d1", "_ev": "FEV1 43% predicted in 11/2025"},
    {"kind": "response_to_therapy", "_doc": "d1",
     "_ev": "She feels better than before augmentation - walking to the bus stop again - and has had one\nexacerbation in the past year versus four the year before she started."},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "Former smoker (quit 2013)"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "_dos": True, "_doc": "d1",
     "_ev": "Prolastin-C Liquid 4,000 mg / 80 mL from pharmacy"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "met",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "missing",
    "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "dos": "2026-03-17",
    "weight": {"value": 66.2, "unit": "kg", "kg": 66.2, "date": "2026-03-17"},
    "dose_mg": 4000,
    "target_mg": 3972.0,
    "tolerance_mg": 397.2,
    "deviation_pct": 0.7,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 400,
    "units_billed": 400,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-12"],
    "expiration_ok": True,
}

NOTES = """
Gap: prior_authorization missing - the authorization ended 02/28/2026, renewal pended with "no
authorization number issued yet"; the remit's payer claim control numbers, EFT number and appeal case ref
APL-20260316-0093 are not authorization numbers; CO-197 / M62 denial of 03/10. IDT conflicts that resolve:
RN start 1005 corrected by the RN's own addendum to 1012 (1005 was pump prime) - only 10:12 is listed;
RT oximeter 92 % vs RN 94 %; home "146 lb" this AM and clinic 66.2 kg are both DOS weights with the same
value_kg 66.2 (listed separately, no tie); 67.0 kg on 02/17 listed. Traps: arrival 0925, PIV 0958 (first
site infiltrated), PIV out 1050, D/C 1055, RT 0935, pharmacy calc 3,972 mg, 320 mL/hr, 03/03 and 03/10
remit lines (400 units, charges/allowed), peer-to-peer 03/19, planned appeal. "Reference (normal): no S or
Z allele detected (presumed M/M)" is a reference, not a result.
"""
