# b18-002: commercial (VA MCCF third-party billing to the veteran's private PPO). Style (1): VA CPRS
# TIU notes (80 columns, /es/ signatures, *** ADDENDUM ***) + BCMA Medication Log printout.
# Prolastin-C 4 x 1,000 mg vials = 4,000 mg at 63.5 kg (target 3,810 mg, +5.0 %), no waste, J0256 x 400 JZ.
# The addendum corrects the completion time 1012 -> 1021. Complete.

D1 = """ LOCAL TITLE: PULM ALPHA-1 INFUSION NURSING NOTE
STANDARD TITLE: PULMONARY NURSING NOTE
DATE OF NOTE: JAN 14, 2026@09:31     ENTRY DATE: JAN 14, 2026@09:31:44
      AUTHOR: BRANNIGAN,COLLEEN M    EXP COSIGNER:
     URGENCY:                            STATUS: COMPLETED

VETERAN IDENTIFIED BY FULL NAME, LAST 4 SSN (6612) AND DOB.
Veteran presents to SPEC INF CLINIC 3B for weekly alpha-1 proteinase
inhibitor (PROLASTIN-C) per active clinic order (Dr. Vasquez, Pulmonary).

Last week's dose (01/07/2026) was HELD: T 100.9 F, URI symptoms; Dr. Vasquez
notified. Veteran reports symptoms resolved 01/11. Denies fever, chills, new
cough, rash, new meds. Tolerated previous infusions w/o reaction.

VITALS (0935): T 97.8 F [36.6 C]  P 74  R 16  BP 131/79  POX 94% RA
               WT: 140 lb [63.5 kg] (01/14/2026 09:35)   PAIN: 0

IV: 22g PIV L antecubital, 1 attempt, + blood return, flushed NS 10 mL.

MEDICATION: PROLASTIN-C (ALPHA1-PROTEINASE INHIBITOR) 1000MG VIAL
  Order: 60 mg/kg x 63.5 kg = 3810 mg, ROUNDED TO 4 VIALS (4000 MG) PER VA
  PHARMACY DOSE-ROUNDING POLICY (WITHIN 10%) - confirmed w/ PharmD Oyelaran.
  Reconstituted 4 vials w/ 20 mL SWFI each at 0940, total 80 mL.
  LOT #: NPC4017A   EXP: 03/2027   (all 4 vials same lot, per carton)
  Infusion started 0952 via pump at 3 mL/min (max 0.08 mL/kg/min = 5.1).
  Infusion completed 1012.
  Total infused: 4000 MG. Entire contents of 4 vials infused - NO WASTE.

Post VS (1030): BP 127/76  P 72  R 16  POX 95% RA. No reaction noted.
PIV removed 1038, catheter intact. Veteran d/c'd ambulatory 1045 with
spouse. Next appt 01/21/2026 0930 (VistA scheduling).

/es/ COLLEEN M BRANNIGAN, RN
STAFF NURSE, SPECIALTY INFUSION
Signed: 01/14/2026 10:58

01/14/2026 ADDENDUM                      STATUS: COMPLETED
*** ADDENDUM ***
Correction to completion time documented above: 1012 was the time of the
NS flush between syringe sets and was entered in error. PROLASTIN-C
infusion COMPLETED AT 1021 per pump history (27 min total).

/es/ COLLEEN M BRANNIGAN, RN
STAFF NURSE, SPECIALTY INFUSION
Signed: 01/14/2026 13:47
"""

D2 = """                                MEDICATION LOG REPORT
Medication Log Report for JAN 07, 2026 to JAN 14, 2026@23:59
Continuing/PRN/Stat/One Time Medication/Treatment Record (Detailed Log) (VAF 10-2970 B, C, D)
Log Type: INDIVIDUAL PATIENT                         Printed: JAN 15, 2026@08:12   Page: 1
------------------------------------------------------------------------------------------------------------------------------------
OCONNELL,DERMOT F         XXX-XX-6612    DOB: AUG 2,1957 (68)    Ht: 68 in    Wt: 140 lb (01/14/26)
Clinic: SPEC INF CLINIC 3B            Allergies: PENICILLIN (rash)        ADRs: <None on file>
------------------------------------------------------------------------------------------------------------------------------------
Location
Activity Date   Orderable Item                    Action Action            Drug/Additive/Solution        U/Ord  U/Gvn  Unit
Start Date>     [Dose/Sched/Route/Body Site]      By     Date/Time
Stop Date<
------------------------------------------------------------------------------------------------------------------------------------
   SPEC INF CLINIC 3B
01/07/26 09:40  ALPHA-1-PROTEINASE INHIBITOR      CMB    01/07/26 09:44    PROLASTIN-C 1000MG VIAL        4.00   0.00  VIAL
                [4000MG ONCE IV]                         HELD
                Comments: 01/07/26 09:44 CMB  HELD - TEMP 100.9F, URI SX. DR VASQUEZ AWARE. NOT RECONSTITUTED.
------------------------------------------------------------------------------------------------------------------------------------
   SPEC INF CLINIC 3B
01/14/26 09:36  ACETAMINOPHEN TAB                 CMB    01/14/26 09:39    ACETAMINOPHEN 325MG TAB        2.00   2.00  TAB
                [650MG ONCE PO]                          GIVEN
------------------------------------------------------------------------------------------------------------------------------------
   SPEC INF CLINIC 3B
01/14/26 09:36  DIPHENHYDRAMINE CAP               CMB    01/14/26 09:39    DIPHENHYDRAMINE 25MG CAP       1.00   0.00  CAP
                [25MG ONCE PO PRN PRE-MED]               REFUSED
                Comments: 01/14/26 09:39 CMB  VETERAN DECLINED, "MAKES ME SLEEPY, DRIVING"
------------------------------------------------------------------------------------------------------------------------------------
   SPEC INF CLINIC 3B
01/14/26 09:40  SODIUM CHLORIDE 0.9% FLUSH        CMB    01/14/26 09:47    SOD CHL 0.9% 10ML SYRINGE      1.00   1.00  SYR
                [10ML ONCE IV]                           GIVEN
                Injection Site: L ANTECUBITAL
------------------------------------------------------------------------------------------------------------------------------------
   SPEC INF CLINIC 3B
01/14/26 09:40  ALPHA-1-PROTEINASE INHIBITOR      CMB    01/14/26 09:48    PROLASTIN-C 1000MG VIAL        4.00   4.00  VIAL
                [4000MG ONCE IV]                         GIVEN
                Injection Site: L ANTECUBITAL
                Comments: 01/14/26 09:49 CMB  LOT NPC4017A EXP 03/2027 X4 VIALS. SCANNED PRIOR TO RECON.
------------------------------------------------------------------------------------------------------------------------------------
[Patient Totals]  ACETAMINOPHEN 2.00 TAB; SOD CHL 0.9% 1.00 SYR; PROLASTIN-C 4.00 VIAL (01/14/26); 0.00 VIAL (01/07/26)
*** END OF REPORT ***
"""

D3 = """ LOCAL TITLE: PULMONARY ATTENDING NOTE
STANDARD TITLE: PULMONARY DISEASE ATTENDING NOTE
DATE OF NOTE: DEC 10, 2025@14:05     ENTRY DATE: DEC 10, 2025@15:22:09
      AUTHOR: VASQUEZ,ELENA R        EXP COSIGNER:
     URGENCY:                            STATUS: COMPLETED

CC: alpha-1 f/u, 6-month visit.

HPI: 68 y/o Army veteran (Gulf War era) with severe alpha-1 antitrypsin
deficiency (PI*ZZ) and emphysema on weekly PROLASTIN-C augmentation since
03/2022 in the SPEC INF CLINIC. Former smoker, quit 2009 (30 pack-years).
Since augmentation he has had no hospitalizations; exacerbations down from 3
in 2021 to 1 in the past 12 months (prednisone burst 07/2025). Walks 1 mile
daily with the dog. Wife reports he "keeps up" now. No hemoptysis.

VITALS: WT 142.4 lb [64.6 kg]  BP 129/77  P 70  POX 94% RA

LABS / STUDIES (VistA Lab, CPRS Reports tab):
  ALPHA-1-ANTITRYPSIN  SER   06/22/21   0.31 L  g/L    [0.90-2.00]
  A1AT PHENOTYPE (IEF) SER   06/22/21   ZZ             [MM]
  A1AT GENOTYPE S/Z    BLD   07/06/21   PI*ZZ (Z/Z) - homozygous Z; S not det.
  HEPATIC PANEL 11/2025 wnl; AST 24 ALT 19.
  CT CHEST 09/2021: panlobular emphysema, lower lobe predominant; no mass.
  PFT 11/18/2025: FEV1 1.21 L (46% pred) post-BD; FEV1/FVC 0.44;
     DLCO 48% pred. 11/2024 FEV1 1.24 L (47% pred). 03/2022 1.26 L.

ASSESSMENT/PLAN:
1. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01), with emphysema (J43.1):
   Clinically stable on augmentation - FEV1 essentially unchanged over 3.5
   years (-50 mL), fewer exacerbations. Continue PROLASTIN-C 60 mg/kg IV
   weekly (dose rounded to whole 1000MG vials per VA pharmacy policy).
2. Insurance: Veteran has BCBS IL PPO (nonservice-connected condition);
   MCCF UM obtained precert for outpatient A1PI infusions.
   PRECERT #: 1H2P-7736-0410, approved 12/18/2025-12/17/2026, 52 visits.
3. Continue tiotropium 18 mcg daily, fluticasone/salmeterol 250/50 BID,
   albuterol MDI PRN. Pneumovax/PCV20 up to date; flu shot 10/2025.
4. Nephew (sister's son) tested PI*MZ, AAT 0.86 g/L - counseled, no Rx.
5. RTC 6 months with PFT. If FEV1 falls below 40% pred would re-refer for
   transplant evaluation (hypothetical; not currently indicated).

/es/ ELENA R VASQUEZ, MD
STAFF PHYSICIAN, PULMONARY
Signed: 12/10/2025 15:40
"""

CHART = {
    "chart_id": "b18-002",
    "date_of_service": "2026-01-14",
    "payer": {"profile": "commercial", "name": "Blue Cross Blue Shield of Illinois PPO (VA MCCF third-party claim)"},
    "prior_authorization": "1H2P-7736-0410",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-01-14", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-01-15", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2025-12-10", "text": D3},
    ],
}
PROFILE = "commercial"
WIDTH = {"d1": 80, "d3": 80, "d2": 132}

FINDINGS = [
    ({"kind": "aatd_diagnosis"}, "d3", "severe alpha-1 antitrypsin\ndeficiency (PI*ZZ)"),
    ({"kind": "genotype", "alleles": ["Z", "Z"]}, "d3", "PI*ZZ (Z/Z) - homozygous Z"),
    ({"kind": "serum_aat", "value": 0.31, "unit": "g/L"}, "d3", "ALPHA-1-ANTITRYPSIN  SER   06/22/21   0.31 L  g/L"),
    ({"kind": "lung_disease", "value": "emphysema"}, "d3", "CT CHEST 09/2021: panlobular emphysema"),
    ({"kind": "fev1", "value": 46}, "d3", "FEV1 1.21 L (46% pred) post-BD"),
    ({"kind": "fev1", "value": 47}, "d3", "FEV1 1.24 L (47% pred)"),
    ({"kind": "smoking_status", "value": "former"}, "d3", "Former smoker, quit 2009 (30 pack-years)"),
    ({"kind": "weight", "value": 63.5, "unit": "kg", "value_kg": 63.5}, "d1", "WT: 140 lb [63.5 kg] (01/14/2026 09:35)"),
    ({"kind": "weight", "value": 64.6, "unit": "kg", "value_kg": 64.6}, "d3", "WT 142.4 lb [64.6 kg]"),
    ({"kind": "drug_product", "value": "Prolastin-C"}, "d1", "MEDICATION: PROLASTIN-C (ALPHA1-PROTEINASE INHIBITOR) 1000MG VIAL"),
    ({"kind": "dose", "value": 4000}, "d1", "Total infused: 4000 MG."),
    ({"kind": "wastage", "value": 0}, "d1", "Entire contents of 4 vials infused - NO WASTE."),
    ({"kind": "lot_number", "value": "NPC4017A"}, "d1", "LOT #: NPC4017A"),
    ({"kind": "expiration_date", "value": "2027-03"}, "d1", "EXP: 03/2027"),
    ({"kind": "infusion_start", "value": "09:52"}, "d1", "Infusion started 0952"),
    ({"kind": "infusion_end", "value": "10:21"}, "d1", "infusion COMPLETED AT 1021 per pump history"),
    ({"kind": "response_to_therapy"}, "d3",
     "Clinically stable on augmentation - FEV1 essentially unchanged over 3.5\n   years (-50 mL), fewer exacerbations."),
    ({"kind": "prior_authorization", "value": "1H2P-7736-0410"}, "d3", "PRECERT #: 1H2P-7736-0410"),
]

DECOYS = [
    ("d1", "Infusion completed 1012."),
    ("d1", "60 mg/kg x 63.5 kg = 3810 mg"),
    ("d2", "01/14/26 09:48"),
    ("d2", "[4000MG ONCE IV]                         HELD"),
    ("d3", "Nephew (sister's son) tested PI*MZ, AAT 0.86 g/L"),
    ("d3", "If FEV1 falls below 40% pred"),
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
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
    "fev1_range": "met",
}
EXPECT_GAPS = []

NOTES = ("Complete. VA CPRS TIU nursing note with an addendum correcting the completion time (1012 entered "
         "in error -> 1021) + BCMA medication log (01/07 dose HELD for fever, 01/14 GIVEN; scan time 09:48 is "
         "not the start) + TIU pulmonary note with VistA lab lines. Dose rounded to 4 whole vials: 4,000 mg at "
         "63.5 kg (+5.0 %), no waste, J0256 x 400 JZ (commercial: JZ with no waste is fine). Traps: 3,810 mg "
         "order calculation, U/Ord 4.00 VIAL on the held row, acetaminophen/diphenhydramine refused, nephew "
         "PI*MZ 0.86 g/L, IEF reference [MM], hypothetical FEV1 < 40 % transplant referral, 12/10 weight "
         "64.6 kg.")

ARITH = {
    "dos": "2026-01-14",
    "product": "Prolastin-C",
    "weights": [
        {"value_kg": 63.5, "date": "2026-01-14"},
        {"value_kg": 64.6, "date": "2025-12-10"},
    ],
    "weight_kg": 63.5,
    "dose_mg": 4000,
    "target_mg": 3810.0,
    "pct_diff": 5.0,
    "within_10pct": True,
    "lines": [
        {"hcpcs": "J0256", "modifiers": ["JZ"], "billed_units": 400, "bu_mg": 10.0, "expected_units": 400},
    ],
    "waste_mg": 0,
    "jw_units_expected": 0,
    "lots": [
        {"lot": "NPC4017A", "exp": "2027-03", "exp_compare": "2027-03-31", "expired": False},
    ],
}
