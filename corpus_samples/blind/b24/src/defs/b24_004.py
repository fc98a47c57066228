"""b24-004: medicare, gaps (units_match_dose conflict, response_to_therapy missing). Styles (1) Epic
Beacon therapy-plan treatment record for a new start (Cycle 4 Day 1, dose modification after weight
loss) + (6) nurse note as bracketed timestamp one-liners. Aralast NP 4 × 1,000 + 500 mg = 4,500 mg;
claim still carries the pre-modification 4,620 mg (J0256 462 JZ)."""

CHART_ID = "b24-004"
DOS = "2026-04-07"
PAYER = {"profile": "medicare", "name": "Medicare Part B (Noridian JF)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 462, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
    {"hcpcs": "96366", "units": 1, "modifiers": []},
]

D1 = """
Mesa Verde Health System | Beacon Treatment Plan - Treatment Day Report       04/07/2026 11:42
HOLLOWAY, GERALD P   MRN 71-220-5934   DOB 08/30/1952   74 y M   Attending: T. Abernathy, MD
==========================================================================================
Therapy plan: ALPHA-1 PROTEINASE INHIBITOR WEEKLY (non-oncology), Cycle 4 Day 1
Plan start: 03/17/2026    Interval: Q7D    Length: until discontinued    Status: Active
Plan diagnoses: Alpha-1-antitrypsin deficiency (E88.01); Emphysema, unspecified (J43.9)
Plan provider: Tobias Abernathy, MD      Dept: Mesa Verde Infusion - Scottsdale
Coverage: Medicare Part B / AARP Medigap F - precert not required

DAY EVENTS
  Date/Time          Event        Detail                                          User
  04/06/26 17:12     Sign         C4D1 orders signed incl. dose modification     ABERNATHY, T
  04/07/26 09:05     Check-in     Chair 9                                         Front desk
  04/07/26 09:11     Vitals/Wt    Wt 74.6 kg (standing), Ht 175 cm                WOJCIK, H (RN)
  04/07/26 09:48     Release      Day orders released                             WOJCIK, H (RN)
  04/07/26 09:56     Verify       Order verified, dose 4,500 mg                   PATEL, S (RPH)
  04/07/26 10:05     Dispensed    4 x 1 g + 1 x 500 mg vials, 225 mL              INF PHARMACY
  04/07/26 11:08     Check-out                                                    Front desk

DOSE MODIFICATIONS
  Cycle  Drug                         Prior dose   New dose   Basis                             Approved
  C1D1   ARALAST NP                   --           4,620 mg   60 mg/kg x 77.0 kg (02/24/26)     ABERNATHY 03/16/26
  C4D1   ARALAST NP                   4,620 mg     4,500 mg   wt 74.6 kg (-3.1%); 60 x 74.6 =   ABERNATHY 04/06/26
                                                              4,476 mg, rounded to vials
  Charge capture template: not updated after C4D1 modification (flag routed to billing 04/08)

PLANNED vs GIVEN - C4D1
  Medication                                     Planned          Given        Status
  alpha-1-proteinase inhibitor (ARALAST NP) IV   4,500 mg         4,500 mg     Given
  acetaminophen 650 mg PO (premed)               650 mg           650 mg       Given 09:58
  loratadine 10 mg PO (premed)                   10 mg            --           Not given (pt took at home)
  sodium chloride 0.9% 250 mL KVO                250 mL           ~40 mL       Given

  ARALAST NP - Nursing administration
     Action        Time     Dose/Rate                   Site        By
     New Bag       10:14    4,500 mg @ 6.0 mL/min       R AC PIV    H. Wojcik, RN
     Rate Verify   10:30    6.0 mL/min                  --          H. Wojcik, RN
     Completed     10:53    225 mL infused              --          H. Wojcik, RN
     Lots: 1 g vials LE25K107 x4 (exp 2027-03-31); 500 mg vial LD25H044 x1 (exp 2026-12-31)
     Waste: 0 mg - 5 vials reconstituted and fully infused
     Filter: 5 micron.  Reconstituted 10:02 (SWFI supplied with kit).

NEXT TREATMENT: C5D1 04/14/2026 10:00 - ARALAST NP 4,500 mg planned
PRIOR CYCLES: C1D1 03/17 4,620 mg | C2D1 03/24 4,620 mg | C3D1 03/31 4,620 mg
"""

D2 = """
Nursing Note - Infusion Chair 9 - 04/07/2026 - Helena Wojcik, RN
[09:05] pt checked in, ambulated from lobby w/ cane, wife accompanying
[09:11] wt 74.6 kg (down from 77.0 at consult); T 36.6, BP 142/84, HR 88, RR 18, SpO2 91% RA
[09:15] denies fever/chills, cough at baseline, sputum clear. No abx/steroids this week
[09:22] post-C3D1 phone call 04/01 reviewed: no HA, no rash, no fever
[09:31] PIV 22g R AC, 1 attempt, + blood return
[09:48] Beacon orders released; dose modified 4,500 mg per Dr Abernathy (wt change)
[09:58] acetaminophen 650 mg PO given; loratadine taken at home 0800 per pt
[10:05] Aralast NP rec'd from pharmacy, 2 RN check done (H. Wojcik / D. Ruiz)
[10:14] Aralast NP infusion started @ 6.0 mL/min via pump, 5 micron filter
[10:30] BP 138/80 HR 84 SpO2 92%; no flushing, no rash
[10:53] infusion complete, 225 mL in; flushed NS 10 mL
[11:01] BP 136/82 HR 82 SpO2 92%
[11:04] PIV out, tip intact, gauze/coban
[11:08] d/c home with wife; next appt 04/14 10:00
"""

D3 = """
MESA VERDE PULMONARY ASSOCIATES
NEW PATIENT CONSULTATION                           Date: 02/24/2026
Patient: Gerald P. Holloway    DOB 08/30/1952    Referring: R. Kessler, DO (PCP)
Consultant: Tobias Abernathy, MD

Reason for consult: newly identified alpha-1 antitrypsin deficiency; emphysema.

HPI: 73 y/o man, former smoker (35 pk-yr, quit 2004), with progressive exertional
dyspnea x 3 yr. PCP checked AAT after CT showed basal-predominant emphysema: AAT 38 mg/dL
(Quest, 01/12/2026), phenotype ZZ. Two exacerbations in 2025 (both outpatient). No liver
disease history; LFTs normal. Daughter (age 44) and son (age 41) not yet tested.

PMH: HTN, BPH, OA knees. Meds: Anoro Ellipta daily, albuterol PRN, amlodipine 5 mg,
tamsulosin 0.4 mg.

Exam: T 36.7, BP 148/86, HR 90, SpO2 91% RA, Wt 77.0 kg, Ht 175 cm.
Barrel chest, distant breath sounds, prolonged expiration. No clubbing, no edema.

PFT (02/24/2026): FEV1 1.31 L (49% pred), FVC 3.02 L (74% pred), FEV1/FVC 0.43 -
obstructive ventilatory defect, no significant BD response. DLCO 46% pred.
CT chest 12/2025 (outside): panlobular emphysema, lower-lobe predominant.

Assessment / Plan:
1. Alpha-1 antitrypsin deficiency, PiZZ, with panlobular emphysema and moderate-severe
   airflow obstruction. Candidate for augmentation. Start Aralast NP 60 mg/kg IV weekly
   (would be 4,620 mg at today's weight) via Beacon therapy plan; IgA level first
   (resulted 02/26: 164 mg/dL, normal).
2. Response to augmentation to be assessed at 6 months - repeat PFTs and exacerbation count;
   too early to judge before then.
3. Family screening: letter given for daughter and son.
4. Vaccines: PCV20 today; RSV discussed.

T. Abernathy, MD  (e-signed 02/24/2026 18:02)
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-04-07", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-04-07", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-02-24", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "Alpha-1-antitrypsin deficiency (E88.01)"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "phenotype ZZ"},
    {"kind": "serum_aat", "value": 38, "unit": "mg/dL", "_doc": "d3", "_ev": "AAT 38 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "panlobular emphysema, lower-lobe predominant"},
    {"kind": "lung_disease", "value": "airflow_obstruction", "_doc": "d3", "_ev": "obstructive ventilatory defect"},
    {"kind": "weight", "value": 74.6, "unit": "kg", "value_kg": 74.6, "_date": "2026-04-07", "_doc": "d2", "_ev": "[09:11] wt 74.6 kg"},
    {"kind": "weight", "value": 77.0, "unit": "kg", "value_kg": 77.0, "_date": "2026-02-24", "_doc": "d3", "_ev": "Wt 77.0 kg, Ht 175 cm"},
    {"kind": "dose", "value": 4500, "_doc": "d1", "_ev": "New Bag       10:14    4,500 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "Waste: 0 mg - 5 vials reconstituted and fully infused"},
    {"kind": "lot_number", "value": "LE25K107", "_doc": "d1", "_ev": "1 g vials LE25K107 x4"},
    {"kind": "lot_number", "value": "LD25H044", "_doc": "d1", "_ev": "500 mg vial LD25H044 x1"},
    {"kind": "expiration_date", "value": "2027-03-31", "_doc": "d1", "_ev": "LE25K107 x4 (exp 2027-03-31)"},
    {"kind": "expiration_date", "value": "2026-12-31", "_doc": "d1", "_ev": "LD25H044 x1 (exp 2026-12-31)"},
    {"kind": "infusion_start", "value": "10:14", "_doc": "d2", "_ev": "[10:14] Aralast NP infusion started"},
    {"kind": "infusion_end", "value": "10:53", "_doc": "d2", "_ev": "[10:53] infusion complete"},
    {"kind": "fev1", "value": 49, "_doc": "d3", "_ev": "FEV1 1.31 L (49% pred)"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "former smoker (35 pk-yr, quit 2004)"},
    {"kind": "drug_product", "value": "Aralast NP", "_dos": True, "_doc": "d1", "_ev": "alpha-1-proteinase inhibitor (ARALAST NP) IV"},
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
    "dos": "2026-04-07",
    "weight": {"value": 74.6, "unit": "kg", "kg": 74.6, "date": "2026-04-07"},
    "dose_mg": 4500,
    "target_mg": 4476.0,
    "tolerance_mg": 447.6,
    "deviation_pct": 0.54,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 450,
    "units_billed": 462,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-03-31", "2026-12-31"],
    "expiration_ok": True,
}

NOTES = """
Gaps: units_match_dose conflict (4,500 mg given after the C4D1 dose modification = 450 units;
the claim still bills 462, the C1-C3 dose of 4,620 mg; Beacon notes the charge template was not
updated); response_to_therapy missing (cycle 4 of a new start; the only progress note is the
pre-treatment consult, which plans a 6-month reassessment and says it is too early). Traps:
Sign/Check-in/Release/Verify/Dispensed/Check-out times, vitals and PIV times in the one-liners,
Rate Verify 10:30, reconstitution 10:02; 4,620 mg at 77.0 kg (consult plan, prior cycles,
modification row); 60 x 74.6 = 4,476 mg calc; next C5D1 4,500 mg planned; acetaminophen 650 mg,
loratadine 10 mg (taken at home), NS 250 mL KVO; amlodipine/tamsulosin doses; IgA 164 mg/dL;
children untested; "Medicare ... precert not required". "No flushing, no rash" and "no HA,
no rash" (post-C3D1 call) are adverse-effect screens in an infusion record, not a response.
"""
