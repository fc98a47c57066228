from _h import F, W, reqs

D1 = """MOLINA HEALTHCARE OF NEW MEXICO                     Utilization Management Department
PO Box 3887, Albuquerque, NM 87190          Fax 1-866-555-0107   Phone 1-888-555-0144

August 14, 2025

RIO GRANDE PULMONARY & SLEEP
Attn: Prior Authorization Coordinator
2100 Lomas Blvd NE, Suite 300
Albuquerque, NM 87106                                 SENT BY FAX TO 505-555-0181

NOTICE OF APPROVAL - OUTPATIENT MEDICAL PHARMACY SERVICE

Member name:         SAMUEL J WHITEHORSE            Member ID: 771093552
Date of birth:       01/15/1962                     Plan: Turquoise Care (Medicaid)
Requesting provider: Lorenzo Baca, MD  NPI 1457xxxxxx
Servicing facility:  Rio Grande Pulmonary Infusion Suite (POS 11)
Case reference #:    UM-25-330091  (use for questions about this review)

AUTHORIZATION NUMBER: 9250814377

Service approved:
  HCPCS J0257 - Injection, alpha 1 proteinase inhibitor (human) (Glassia), 10 mg
  Quantity: up to 500 units per 7 days (52 administrations)
  HCPCS 96365 / 96366 - IV infusion, as needed for administration
Diagnosis codes on request: E88.01 Alpha-1-antitrypsin deficiency; J43.2 Centrilobular
  emphysema; J44.9 COPD, unspecified
Approved dates of service: 08/15/2025 through 08/14/2026

Clinical review summary (criteria applied: Molina Clinical Policy MCP-223, Alpha-1
Proteinase Inhibitors). Criteria for initial and continued approval include: age 18 or
older; documented severe AAT deficiency with a serum level below 11 micromol/L (or
< 57 mg/dL by nephelometry); a high-risk genotype (e.g., PI*ZZ, PI*Z/null,
PI*null/null); emphysema with FEV1 between 25 % and 80 % predicted; non-smoker for at
least 6 months; dosing of 60 mg/kg IV once weekly. Continuation requires documentation
of clinical benefit and adherence.
Reviewer determination: criteria met for continuation - member on therapy since 2021,
documented stable lung function, former smoker abstinent since 2010.

This approval is not a guarantee of payment. Payment depends on member eligibility on the
date of service, benefit limits and the claim as submitted. Bill with the authorization
number above. Units billed above the approved quantity will deny.

If you disagree with any part of this decision you may appeal within 60 days. A
fair-hearing request form is enclosed for the member.

Tamsin Roanhorse, RN, Clinical Reviewer
Approved under the direction of Paul Estrada, MD, Medical Director

cc: Member (letter mailed 08/14/2025)
"""

D2 = """PRESBYTERIAN-RIO GRANDE CLINICS (Epic)                    Infusion Encounter - Visit Summary
WHITEHORSE, SAMUEL J  MRN 60-448-219  DOB 1/15/1962 (63 yrs) Male
Date: 9/23/2025  Dept: RIO GRANDE PULM INFUSION SUITE (POS 11)  Room: Infusion 3
Attending: Lorenzo Baca, MD    RN: Marisela Chavez, RN
Arrived 1:02 PM    Departed 2:31 PM
Coverage: MOLINA TURQUOISE CARE (MEDICAID)   Auth 9250814377 (8/15/2025 - 8/14/2026)

Encounter diagnoses
  Alpha-1-antitrypsin deficiency (CMS-HCC)  E88.01
  Centrilobular emphysema (CMS-HCC)  J43.2

Pre-infusion flowsheet (1:08 PM)
  Temp 36.5 °C   BP 128/78   Pulse 76   Resp 18   SpO2 93 %   O2 room air
  Weight 80.8 kg (178 lb 2.1 oz)   Height 175.3 cm   BMI 26.29
  Screening: no fever, no new infection, no antibiotics in past 7 days, no prior reaction

Medication administration
  alpha-1-proteinase inhibitor (human) (GLASSIA) 5,000 mg in 250 mL IV
    Ordered: 60 mg/kg (dosing weight 80.8 kg = 4,848 mg); dispensed to whole vials
      5 x 1 g/50 mL (within 10 % per protocol)
    Time       Action                       Dose       Rate          Site            By
    1:21 PM    New Bag                      5,000 mg   12.5 mL/min   R forearm PIV   MC
    1:30 PM    Rate Verify                  --         12.5 mL/min                   MC
    1:41 PM    Stopped (Infusion Complete)  --         --                            MC
    Comment (MC, 1:43 PM): Glassia 1 g/50 mL x5, Lot KB50C331, Exp 2026-11-30, all five from
    the same lot. Contents of all 5 vials infused (250 mL); no residual drug, waste 0 mg.
    5-micron in-line filter used. Product at room temp 30 min before use.
  sodium chloride 0.9 % flush  10 mL   Given 1:18 PM and 1:42 PM
  albuterol (PROVENTIL HFA) 90 mcg/actuation 2 puff - PRN wheeze: not given

Post-infusion flowsheet
  1:45 PM  BP 124/76  Pulse 78  SpO2 94 %   no flushing, rash or wheeze
  2:15 PM  BP 126/78  Pulse 74  SpO2 94 %   30-min observation complete

LDA
  Peripheral IV 22 G Right Forearm - placed 1:12 PM (MC), removed 2:20 PM intact.

Nursing note (Marisela Chavez, RN, 2:26 PM)
  Weekly Glassia given by pump at 12.5 mL/min (below 0.2 mL/kg/min max of 16 mL/min).
  Pt tolerated without reaction. States he has been "breathing the same, which is good".
  Educated on reporting delayed reactions. Next weekly appointment confirmed.

After-visit instructions
  Next infusion: 9/30/2025 at 1:00 PM. Bring your inhalers. Call 505-555-0180 with a fever
  over 100.4 °F, new rash or shortness of breath.

Charges: 96365 (1); J0257 x 500 units, JZ; NDC 0944-2884-02 x 5
"""

D3 = """RIO GRANDE PULMONARY & SLEEP
CLINIC PROGRESS NOTE                                                  DOS 08/26/2025
Patient: Samuel J. Whitehorse    DOB 01/15/1962    MRN 60-448-219
Provider: Lorenzo Baca, MD       Interpreter: not needed

Subjective
Mr. Whitehorse, 63, retired school bus mechanic, follows for alpha-1 antitrypsin deficiency
with centrilobular and panlobular emphysema and COPD. Genetic testing (Invitae, 2020):
homozygous for the Z allele, c.1096G>A (p.Glu366Lys, rs28929474). Pre-treatment AAT
4.2 umol/L (TriCore, 11/2020). Glassia weekly since 02/2021.

He notes stable breathing; can walk 2 blocks and climb one flight before stopping,
unchanged for a year. One exacerbation in the past year (01/2025, viral, prednisone 40 mg
x5 days), compared to 3 exacerbations and an admission in the year before augmentation.
Uses his rescue inhaler 2-3 times weekly. No infusion reactions. Adherent - missed 2 of
52 doses (funeral travel).

Former smoker: quit 2010, 30 pack-years. Wood stove at home - switched to propane 2023.

Meds: Glassia 60 mg/kg IV weekly (our suite); Trelegy Ellipta 200-62.5-25 mcg daily;
albuterol HFA PRN; lisinopril 20 mg daily; metformin 1,000 mg BID; atorvastatin 40 mg.
Allergies: NKDA.

Objective
BP 130/80, HR 74, SpO2 93 % RA, weight 81.6 kg (5 lb less than 2024), BMI 26.6.
Lungs: decreased breath sounds, faint expiratory wheeze at bases. No edema.
Spirometry today: post-BD FEV1 1.19 L (38 % predicted), FEV1/FVC 0.40. 08/2024: FEV1 1.22 L
(39 % predicted).
6MWT 06/2025: 372 m, nadir SpO2 89 %.

Assessment / Plan
1. AATD (PI*ZZ) with emphysema and COPD, GOLD 3 - responding to augmentation: FEV1
   stable (1.22 -> 1.19 L), fewer exacerbations, no reactions. Continue Glassia 60 mg/kg
   weekly. Medicaid renewal approved by Molina 08/14/2025 (letter in media tab; case
   UM-25-330091); today's spirometry to be faxed for their file.
2. Borderline exertional hypoxemia - repeat 6MWT in 6 months; if nadir <88 % order
   ambulatory O2.
3. Diabetes - A1c 7.1 %; per PCP.
4. RTC 6 months.

Lorenzo Baca, MD   signed 08/26/2025 16:40
"""

CHART = {
    "chart_id": "b15-012",
    "date_of_service": "2025-09-23",
    "payer": {"profile": "medicaid", "name": "Molina Healthcare of New Mexico (Turquoise Care)"},
    "claim_lines": [
        {"hcpcs": "J0257", "units": 500, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2025-08-14", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2025-09-23", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2025-08-26", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b15-012",
    "profile": "medicaid",
    "requirements": reqs(
        "medicaid",
        aatd_diagnosis="met", genotype="met", serum_aat_level="met",
        lung_disease_evidence="met", patient_weight="met", dose_administered="met",
        dose_matches_weight="met", units_match_dose="met", wastage_documented="met",
        lot_number="met", expiration_date="met", infusion_times="met",
        response_to_therapy="met", prior_authorization="met", code_selection="met",
        smoking_status="met",
    ),
    "findings": [
        F("aatd_diagnosis", ("d2", "Alpha-1-antitrypsin deficiency (CMS-HCC)  E88.01")),
        F("genotype", ("d3", "homozygous for the Z allele, c.1096G>A"), alleles=["Z", "Z"]),
        F("serum_aat", ("d3", "Pre-treatment AAT\n4.2 umol/L"), value=4.2, unit="uM"),
        F("lung_disease", ("d2", "Centrilobular emphysema (CMS-HCC)  J43.2"), value="emphysema"),
        F("lung_disease", ("d3", "AATD (PI*ZZ) with emphysema and COPD, GOLD 3"), value="copd"),
        W(("d2", "Weight 80.8 kg (178 lb 2.1 oz)"), 80.8, "kg"),
        W(("d3", "weight 81.6 kg"), 81.6, "kg"),
        F("dose", ("d2", "1:21 PM    New Bag                      5,000 mg"), value=5000),
        F("wastage", ("d2", "waste 0 mg"), value=0),
        F("lot_number", ("d2", "Lot KB50C331"), value="KB50C331"),
        F("expiration_date", ("d2", "Exp 2026-11-30"), value="2026-11-30"),
        F("infusion_start", ("d2", "1:21 PM    New Bag"), value="13:21"),
        F("infusion_end", ("d2", "1:41 PM    Stopped (Infusion Complete)"), value="13:41"),
        F("fev1", ("d3", "post-BD FEV1 1.19 L (38 % predicted)"), value=38),
        F("fev1", ("d3", "FEV1 1.22 L\n(39 % predicted)"), value=39),
        F("response_to_therapy", ("d3", "responding to augmentation")),
        F("prior_authorization", ("d1", "AUTHORIZATION NUMBER: 9250814377"), value="9250814377"),
        F("smoking_status", ("d3", "Former smoker: quit 2010"), value="former"),
        F("drug_product", ("d2", "(GLASSIA) 5,000 mg in 250 mL IV"), value="Glassia"),
    ],
    "notes": (
        "Complete. OWN STYLE: Medicaid managed-care prior-authorization approval letter (auth number "
        "distinct from the case reference number; approved units per 7 days; the payer's policy "
        "criteria quoted) plus an Epic infusion encounter summary in 12-hour clock and a pulmonary "
        "clinic note. Glassia 5 x 1 g = 5,000 mg vs 60 x 80.8 = 4,848 mg (+3.1 %); J0257 x500 JZ "
        "with 'waste 0 mg'. Traps: case reference UM-25-330091 and member ID are not the PA; policy "
        "thresholds (11 umol/L, 57 mg/dL, FEV1 25-80 %, 6 months) and example genotypes in the "
        "letter; reviewer's summary sentence; ordered 4,848 mg; 12-hour times (1:21 PM -> 13:21, "
        "1:41 PM -> 13:41); flushes 1:18/1:42 PM, PIV 1:12/2:20 PM, arrival/departure; PRN albuterol "
        "not given; metformin/lisinopril doses; hypothetical ambulatory O2. The progress note cites only the case "
        "number; the authorization number is in the letter and the Epic header."
    ),
}

ARITH = {
    "weight_kg": 80.8, "weight_source": "d2 pre-infusion flowsheet 1:08 PM DOS",
    "product": "Glassia", "code": "J0257", "billing_unit_mg": 10,
    "dose_mg": 5000, "vial_total_mg": 5000, "waste_mg": 0,
    "billed_admin_units": 500, "billed_jw_units": 0,
    "modifier_expected": "JZ", "modifier_billed": "JZ",
    "lots": [{"lot": "KB50C331", "exp": "2026-11-30"}],
    "start": "13:21", "end": "13:41",
}
