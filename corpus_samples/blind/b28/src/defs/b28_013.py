"""b28-013: commercial, NEGATIVE CONTROL. PI*MZ carrier with COPD, AAT 92 mg/dL; an augmentation request
was denied and no A1PI has ever been given. Styles (4) EOB with a CO-50 genotyping denial, the plan's
pre-service denial line and a patient statement, and (6) a patient-education handout with generic example
doses and thresholds; plus the DOS pulmonology note and the lab report. Claim: 99214 + 94060 only."""

CHART_ID = "b28-013"
DOS = "2026-03-09"
PAYER = {"profile": "commercial", "name": "UnitedHealthcare Choice Plus (employer group)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "99214", "units": 1, "modifiers": ["25"]},
    {"hcpcs": "94060", "units": 1, "modifiers": []},
]

D1 = """
RIVERSTONE PULMONARY CONSULTANTS - FOLLOW-UP VISIT                      03/09/2026 10:20
Patient: HALVERSEN, DEREK J    DOB 10/30/1964 (61 M)    MRN RPC-3390571
Provider: Anjali Mehta-Coughlin, MD

Reason: review alpha-1 results; patient wants to start "the infusions his brother gets."

HPI: 61M with COPD (dx 2019), mild centrilobular emphysema on CT 2024, 2 exacerbations in 2025.
Former smoker, quit 2018, 38 pack-years. His brother (58) has severe alpha-1 antitrypsin
deficiency, PI*ZZ, and has received Prolastin-C weekly since 2020; the brother urged him to be
tested. We sent an AAT level and phenotype on 02/13/2026.

Results reviewed with patient: AAT 92 mg/dL (ref 100-190); phenotype PI*MZ; CRP 14 mg/L at the time
(mildly raised - he had a cold), so the true baseline may be somewhat lower, but an MZ carrier
typically does not fall into the severely deficient range.

Spirometry today (post-BD): FEV1 2.18 L (54% predicted), FEV1/FVC 0.55. Wt 88.6 kg. SpO2 95% RA.

Assessment:
1. COPD, GOLD 2, group E - smoking-related, with mild centrilobular emphysema.
2. Alpha-1 antitrypsin deficiency ruled out as the driver of his lung disease: PI*MZ heterozygous
   carrier with a level near normal. Augmentation therapy is not indicated.
3. The plan's denial of the Zemaira request (see EOB / UM letter) is consistent with this; I do not
   recommend an appeal. If he ever had a level below 57 mg/dL on repeat with a normal CRP, we would
   sequence SERPINA1 for a second rare allele - not expected.
Plan: step up to LAMA/LABA/ICS (Breztri 2 puffs bid); pulmonary rehab referral; repeat AAT with CRP
in 3 months when well; counsel his adult children (50% chance of carrying Z); return 3 months.
                                              Anjali Mehta-Coughlin, MD   03/09/2026 11:02
"""

D2 = """
UNITEDHEALTHCARE - EXPLANATION OF BENEFITS       Statement date 03/02/2026     THIS IS NOT A BILL
Member: DEREK J HALVERSEN    Member ID 9xxxxxx041    Group 771209
Claim 26B01-77310 (Riverstone Pulmonary Consultants, lab services referred to Crestview Laboratories)

Date      Service                                  Code    Units  Billed    Allowed   Plan paid  You owe  Note
02/13/26  Alpha-1 antitrypsin, total               82103   1      $68.00    $21.40    $21.40     $0.00    A
02/13/26  Alpha-1 antitrypsin, phenotype           82104   1      $142.00   $44.18    $44.18     $0.00    A
02/13/26  SERPINA1 gene analysis, common variants  81332   1      $312.00   $0.00     $0.00      $312.00  B
02/13/26  C-reactive protein                       86140   1      $24.00    $7.12     $7.12      $0.00    A
Notes:
 A  CO-45  Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.
 B  PR-204 This service/equipment/drug is not covered under the patient's current benefit plan.
    N130   Consult plan benefit documents/guidelines for information about restrictions for this service.

Pre-service determination on file (not a claim):
 02/27/26  Alpha-1 proteinase inhibitor, J0256 (Zemaira) 60 mg/kg IV weekly x 52 - NOT APPROVED
           UM reference UMR-2602-118844. Criteria not met: PI*MZ phenotype; serum AAT not below
           11 µmol/L (57 mg/dL). Appeal within 180 days.

CRESTVIEW LABORATORIES - PATIENT STATEMENT        Account 55-018834     Due 03/30/2026
  02/13/2026  SERPINA1 genotyping (81332) - denied by insurance, patient responsibility   $312.00
  Amount due: $312.00    Payment plans available.
"""

D3 = """
RIVERSTONE PULMONARY CONSULTANTS - PATIENT EDUCATION
"Understanding Your Alpha-1 Antitrypsin Test Results"   (handout AATD-02, given 03/09/2026)

Alpha-1 antitrypsin (AAT) is a protein made in the liver that protects the lungs.
  * Normal levels are usually about 100-190 mg/dL, depending on the laboratory.
  * Severe deficiency: generally below 57 mg/dL (about 11 µmol/L). People with two Z genes (ZZ)
    usually have levels of 20-45 mg/dL.
  * Carriers (MZ, MS) usually have levels in the low-normal range and are not treated with
    infusions, but should never smoke.

Treatment for severe deficiency ("augmentation therapy")
  * Weekly IV infusions of AAT taken from donated plasma (brands include Prolastin-C, Aralast NP,
    Zemaira and Glassia).
  * The dose is 60 mg per kg of body weight. Example: someone who weighs 80 kg (176 lb) gets about
    4,800 mg per week; someone who weighs 60 kg gets about 3,600 mg.
  * Insurers usually require a severe-deficiency genotype, a low level, lung testing and proof that
    you do not smoke.

What it means for your family
  * Each child of an MZ parent has a 1 in 2 chance of carrying Z.
  * Brothers and sisters of someone with ZZ should be tested.
"""

D4 = """
CRESTVIEW LABORATORIES                          FINAL
Patient: HALVERSEN, DEREK J    DOB 10/30/1964    Collected 02/13/2026 08:42    Reported 02/19/2026
Ordering: A. Mehta-Coughlin, MD

Test                                   Result     Flag   Reference
Alpha-1 antitrypsin (nephelometry)     92 mg/dL   L      100-190 mg/dL
Alpha-1 antitrypsin phenotype (IEF)    MZ         A      MM
C-reactive protein                     14 mg/L    H      <8 mg/L
SERPINA1 genotyping (S, Z)             Z allele: heterozygous (one copy); S allele: not detected

Interpretation: MZ phenotype with one Z allele by genotyping - heterozygous carrier. Levels in
MZ individuals usually range 60-120 mg/dL. An elevated CRP can raise AAT (acute-phase protein).
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-03-09", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-03-02", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-03-09", "text": D3},
    {"id": "d4", "type": "lab_report", "date": "2026-02-19", "text": D4},
]

FINDINGS = [
    {"kind": "genotype", "alleles": ["M", "Z"], "_doc": "d4", "_ev": "Alpha-1 antitrypsin phenotype (IEF)    MZ"},
    {"kind": "serum_aat", "value": 92, "unit": "mg/dL", "_doc": "d4", "_ev": "Alpha-1 antitrypsin (nephelometry)     92 mg/dL"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d1", "_ev": "COPD, GOLD 2, group E"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "mild centrilobular emphysema on CT 2024"},
    {"kind": "weight", "value": 88.6, "unit": "kg", "value_kg": 88.6, "_date": "2026-03-09", "_doc": "d1",
     "_ev": "Wt 88.6 kg"},
    {"kind": "fev1", "value": 54, "_doc": "d1", "_ev": "FEV1 2.18 L (54% predicted)"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "Former smoker, quit 2018"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "missing",
    "genotype": "conflict",
    "serum_aat_level": "conflict",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "missing",
    "dose_matches_weight": "missing",
    "units_match_dose": "not_applicable",
    "wastage_documented": "missing",
    "lot_number": "missing",
    "expiration_date": "missing",
    "infusion_times": "missing",
    "response_to_therapy": "missing",
    "prior_authorization": "missing",
    "code_selection": "not_applicable",
    "smoking_status": "met",
    "fev1_range": "met",
}

ARITH = {
    "dos": "2026-03-09",
    "weight": {"value": 88.6, "unit": "kg", "kg": 88.6, "date": "2026-03-09"},
    "dose_mg": None,
    "target_mg": 5316.0,
    "tolerance_mg": 531.6,
    "deviation_pct": None,
    "within_tolerance": None,
    "code": None,
    "billing_unit_mg": None,
    "units_expected": None,
    "units_billed": None,
    "waste_mg": None,
    "jw_units_expected": None,
    "jw_units_billed": None,
    "modifiers": [],
    "expirations": [],
    "expiration_ok": None,
}

NOTES = """
NEGATIVE CONTROL (not on A1PI). PI*MZ carrier (IEF MZ; genotyping one Z allele, S not detected -> one
finding [M, Z]) with AAT 92 mg/dL: genotype and serum conflict; "Alpha-1 antitrypsin deficiency ruled out"
(negated) so aatd_diagnosis is missing. No administration: dose, weight match, waste, lot, expiration and
times missing; no drug lines on the claim (99214-25, 94060), so units and code_selection are not_applicable;
no response; no authorization (the UM reference UMR-2602-118844 belongs to a denied pre-service request, the
EOB claim number is not an authorization). Traps: brother PI*ZZ on Prolastin-C (family); the denied Zemaira
request (never given, not a product finding); EOB lab lines 82103/82104/81332/86140 with CO-45, PR-204, N130
and the $312 patient statement; policy criteria in the denial line (11 µmol/L / 57 mg/dL); handout example
doses (80 kg -> 4,800 mg; 60 kg -> 3,600 mg), normal range 100-190, ZZ range 20-45, MZ range 60-120, brand
list; the hypothetical "if he ever had a level below 57 mg/dL"; CRP 14 mg/L; children's 50 % chance.
"""
