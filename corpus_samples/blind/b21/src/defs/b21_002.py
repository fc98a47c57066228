"""b21-002: medicaid, Glassia J0257 + JW. Styles (2) PDF two-column printout + (6) 835 remittance.
Gaps: prior_authorization missing (PA lapsed, renewal pending, no number), units_match_dose conflict
(administered line billed with the dispensed 5,020 mg -> 502 units instead of 438)."""

CHART_ID = "b21-002"
DOS = "2026-03-10"
PAYER = {"profile": "medicaid", "name": "State Medical Assistance Program (FFS)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 502, "modifiers": []},
    {"hcpcs": "J0257", "units": 64, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]
STYLES = [2, 6]

D1 = """
Mercy Fork Pulmonary & Infusion Clinic                                   Printed: 03/10/2026 16:42
INFUSION VISIT SUMMARY
VANCE, LUZ M       MRN 7730142     DOB 08/30/1961    F     DOS 03/10/2026           Page 1 of 3
---------------------------------------------------------------------------------------------------
VISIT                                       MEDICATION ADMINISTRATION
Arrived ......... 08:41                     GLASSIA (alpha1-proteinase inhibitor
Roomed .......... 08:47                     [human]) 1 g/50 mL injection
Attending: R. Castellanos MD                Order: 60 mg/kg IV once weekly
Location: Infusion B, chair 3               Dosing weight: 73.0 kg
Visit type: A1PI augmentation (wkly)        Calculated dose: 4,380 mg
Payer: Medicaid FFS  ID 88231904Q           Vials dispensed: 5 x 1 g (actual
                                              potency 1,004 mg/vial = 5,020 mg)
VITAL SIGNS                                 Lot: LA2F118C      Exp: 2026-09-30
Time    BP       HR   RR   SpO2   T(C)      In-line filter 5 micron, pump
08:50   128/74   82   18   94%    36.8      Rate: 4 mL/min (label max
09:20   124/70   80   18   95%     --         0.2 mL/kg/min = 14.6 mL/min)
10:06   122/72   78   16   95%    36.7      Start time .......... 09:04
                                            Stop time ........... 09:59
MEASUREMENTS                                Amount administered: 4,380 mg
Weight   73.0 kg (08:49, chair scale)         (218 mL)
Height   162 cm                             Administered by: K. Mensah RN
BMI      27.8
Pain     0/10                               PREMEDICATION
                                            none ordered
ACCESS
PIV 22g L AC placed 08:55, flushed          FLUSHES
10 mL NS, +blood return. Removed            NS 10 mL 08:55 / NS 10 mL 09:59
10:11, cath intact.                         NS 10 mL 10:10

NURSING NOTE                                WASTE / DISPOSAL
Pt ambulatory to chair, alert, pleas-       Amount discarded: 640 mg
ant, Spanish/English - prefers Eng-           Reason: remainder of vial #5,
lish for teaching. Denies fever, new          single-use vial, not retained
cough or sputum change. Lungs w/            Witness: T. Barlow RN
scattered exp wheeze bilat, no
---------------------------------------------------------------------------------------------------
CONFIDENTIAL - contains protected health information                                  Page 1 of 3
===================================================================================================
Mercy Fork Pulmonary & Infusion Clinic                                   Printed: 03/10/2026 16:42
VANCE, LUZ M       MRN 7730142     DOB 08/30/1961    F     DOS 03/10/2026           Page 2 of 3
---------------------------------------------------------------------------------------------------
NURSING NOTE (continued)                    PROBLEM LIST (active)
distress. Infusion started 09:04 at         E88.01  Alpha-1-antitrypsin deficiency
4 mL/min via pump, no rate changes.         J43.1   Panlobular emphysema
VS stable throughout (see vitals).          I10     Essential hypertension
Glassia finished 09:59, flushed.            E03.9   Hypothyroidism
No itching, rash, flushing or chest         Z87.891 Hx of nicotine dependence
tightness. Pt asked about PA - told
her the office is working on the            ALLERGIES
renewal. PIV out 10:11. Left 10:14          Sulfa (rash)
ambulatory with daughter.
                    K. Mensah RN            LAST LABS (in this system)
                                            AAT, serum    22 mg/dL  L   06/14/2016
NEXT VISIT                                    ref 100-190 mg/dL (nephelometry)
03/17/2026 08:45 Infusion B                 IgA           188 mg/dL     06/14/2016
  (pending PA renewal)                      Phenotype (IEF)  ZZ         06/14/2016
---------------------------------------------------------------------------------------------------
CONFIDENTIAL - contains protected health information                                  Page 2 of 3
===================================================================================================
VANCE, LUZ M       MRN 7730142     DOB 08/30/1961    F     DOS 03/10/2026           Page 3 of 3
---------------------------------------------------------------------------------------------------
SIGNATURES
K. Mensah RN  03/10/2026 10:31          R. Castellanos MD  03/10/2026 16:40 (cosign)
*** End of report ***
"""

D2 = """
PULMONARY CLINIC - FOLLOW UP               Mercy Fork Pulmonary & Infusion Clinic
Patient: Luz M. Vance    DOB 08/30/1961    Visit date: 02/24/2026
Provider: Rafael Castellanos, MD

CC: AATD f/u, on weekly Glassia

HPI: 64 y/o woman with alpha-1 antitrypsin deficiency and panlobular emphysema,
on Glassia augmentation since 09/2022. Phenotype ZZ by IEF (2016); SERPINA1
sequencing 2017 reported c.1096G>A (Z allele), heterozygous, plus a null allele
(Q0Mattawa) on the other chromosome -> genotype Z/null. Serum AAT 22 mg/dL at
diagnosis. Former smoker, 25 pk-yr, quit 2009.
Since starting Glassia she has had one exacerbation in the last 12 months (was 3
a year before therapy), no hospitalizations. Walks to church, 2 blocks w/o stopping.
Current meds: Trelegy 1 puff daily, albuterol prn, levothyroxine 75 mcg,
lisinopril 10 mg.

Exam: Wt 73.6 kg. BP 130/76, SpO2 94% RA. Decreased BS bilat, mild exp wheeze.
PFT today: FEV1 1.02 L (44% pred), FVC 2.31 L (73%), FEV1/FVC 0.44, DLCO 41%.
Prior FEV1 45% pred (02/2025).

A/P:
1. AATD, genotype Z/null (phenotype ZZ) - continue Glassia 60 mg/kg IV weekly.
   Responding to augmentation: exacerbation rate down, FEV1 essentially stable
   over 12 months (45 -> 44 %).
2. Panlobular emphysema - continue Trelegy. Pulm rehab referral renewed.
3. Insurance: Medicaid PA for Glassia ended 02/28/2026. Renewal request faxed,
   office to submit PFT + this note. If renewal is denied we will appeal; do not
   hold infusions for now per clinic policy.
4. Daughter (38) tested PI*MZ in 2021 - counseled, no therapy.
RTC 3 months with PFT.                           R. Castellanos, MD
"""

D3 = """
ELECTRONIC REMITTANCE ADVICE (835) - TEXT VIEW           printed 03/09/2026 - billing/AJ
Payer: STATE MEDICAL ASSISTANCE PROGRAM (FFS)            Payer ID 77027
Payee: MERCY FORK PULMONARY & INFUSION CLINIC            NPI 1558372014
EFT trace 1EFT0009918273     Payment date 03/08/2026     RA total paid $2,118.06
** other patients on this remittance suppressed **

CLAIM   Pt: VANCE, LUZ M    Member 88231904Q    Pt acct 7730142-0303
        ICN 2026061004417   Claim status 4 - DENIED
        Service dates 03/03/2026 - 03/03/2026
        Billed $10,512.60   Allowed $0.00   Paid $0.00   Pt resp $0.00

LN  PROC    MOD  UNITS   BILLED      ALLOWED   PAID   GRP-CARC   ADJ AMT     RARC
1   J0257         438    $8,935.20   0.00      0.00   CO-197     $8,935.20   M62
2   J0257   JW     64    $1,305.60   0.00      0.00   CO-197     $1,305.60   M62
3   96365           1      $271.80   0.00      0.00   CO-197       $271.80   M62
    NDC 00944-2884-01  qty UN 5

Adjustment reason codes on this claim:
  CARC 197  Precertification/authorization/notification/pre-treatment absent.
  RARC M62  Missing/incomplete/invalid treatment authorization code.
Corrected claim with a valid authorization may be submitted within 365 days of DOS.
Reconsideration case #: RC-26-0441907
Referral # on file (REF*9F): 44120098 - PCP referral, not a prior authorization.

Billing comment (AJ 03/09): 03/03 denied no PA - old PA ended 2/28. Hold 03/10
claim until renewal # received? Per Dr C, infusions continue.
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-10", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-02-24", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-03-09", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "E88.01  Alpha-1-antitrypsin deficiency"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d2", "_ev": "Phenotype ZZ by IEF"},
    {"kind": "genotype", "alleles": ["Z", "NULL"], "_doc": "d2", "_ev": "genotype Z/null"},
    {"kind": "serum_aat", "value": 22, "unit": "mg/dL", "_doc": "d2", "_ev": "Serum AAT 22 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "J43.1   Panlobular emphysema"},
    {"kind": "smoking_status", "value": "former", "_doc": "d2", "_ev": "Former smoker, 25 pk-yr, quit 2009"},
    {"kind": "fev1", "value": 44, "_doc": "d2", "_ev": "FEV1 1.02 L (44% pred)"},
    {"kind": "fev1", "value": 45, "_doc": "d2", "_ev": "Prior FEV1 45% pred"},
    {"kind": "weight", "value": 73.0, "unit": "kg", "value_kg": 73.0, "_doc": "d1", "_ev": "Weight   73.0 kg", "_date": "2026-03-10"},
    {"kind": "weight", "value": 73.6, "unit": "kg", "value_kg": 73.6, "_doc": "d2", "_ev": "Wt 73.6 kg", "_date": "2026-02-24"},
    {"kind": "drug_product", "value": "Glassia", "_doc": "d1", "_ev": "GLASSIA (alpha1-proteinase inhibitor", "_dos": True},
    {"kind": "dose", "value": 4380, "_doc": "d1", "_ev": "Amount administered: 4,380 mg"},
    {"kind": "wastage", "value": 640, "_doc": "d1", "_ev": "Amount discarded: 640 mg"},
    {"kind": "lot_number", "value": "LA2F118C", "_doc": "d1", "_ev": "Lot: LA2F118C"},
    {"kind": "expiration_date", "value": "2026-09-30", "_doc": "d1", "_ev": "Exp: 2026-09-30"},
    {"kind": "infusion_start", "value": "09:04", "_doc": "d1", "_ev": "Start time .......... 09:04"},
    {"kind": "infusion_end", "value": "09:59", "_doc": "d1", "_ev": "Stop time ........... 09:59"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "Responding to augmentation: exacerbation rate down"},
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
    "response_to_therapy": "met",
    "prior_authorization": "missing",
    "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "weight_kg": 73.0, "weight_date": "2026-03-10", "dose_mg": 4380,
    "target_mg": 4380.0, "low_mg": 3942.0, "high_mg": 4818.0, "pct_diff": 0.0, "within_10pct": True,
    "code": "J0257", "billing_unit_mg": 10, "units_expected": 438, "units_billed": 502,
    "waste_mg": 640, "jw_units_expected": 64, "jw_units_billed": 64, "modifier": "JW",
    "expirations": ["2026-09-30"], "expiration_ok": True,
}

NOTES = """
PDF-to-text infusion visit summary with two columns on the same lines, running header/footer
and a repeated patient banner ("Page 2 of 3") breaking the nursing note mid-sentence; the 02/24
pulmonology note; an 835 remittance text for the 03/03 DOS (denied CARC 197 / RARC M62).
Gaps: no PA number anywhere (PA ended 02/28, renewal pending; the reconsideration case #,
ICN, EFT trace and REF*9F referral # are not authorizations); administered line billed 502
units (the dispensed 5,020 mg) instead of ceil(4,380/10) = 438.
Traps: calculated dose 4,380 (same value as given); 1,004 mg/vial and 5,020 mg dispensed;
remittance units 438/64 and NDC qty 5 for 03/03; arrival/rooming/PIV/flush/vitals/departure
times; max rate; 73.6 kg on 02/24 (the DOS weight 73.0 kg is nearest); IgA 188 mg/dL;
reference range; daughter PI*MZ; IEF ZZ and sequencing Z/null are both genotype findings;
"heterozygous" on the Z line adds no M.
"""
