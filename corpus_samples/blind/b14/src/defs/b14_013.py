# b14-013  medicare  Prolastin-C (lyophilized) billed J2252 x 5000 JZ   COMPLETE
# Styles: (7, own) OCR text of a scanned handwritten downtime infusion record (DOS);
#         (4) MEDITECH-like caps PCI printout of the PREVIOUS week's infusion; progress note.

OCR = """== SCANNED MEDIA / OCR ==  Document class: DOWNTIME - IV INFUSION RECORD   Pages: 2
Patient (from barcode label): PELLETIER, ROLAND J   MR# 000552819   Acct V00771039954
Date on form: 12/02/2025      Scanned 12/03/2025 06:48 by HIM (tleblanc)   OCR engine v7.2
Handwriting recognition: ON (fields marked [?] were low confidence)

--------------------------------------- PAGE 1 ---------------------------------------
PINE RIDGE MEMORIAL HOSPITAL           DOWNTIME IV INFUSION RECORD (BCA form 7-0041)
Reason for paper documentation:  [x] planned EHR upgrade  [ ] unplanned outage
Downtime window: 06:00 - 12:00 (planned MEDITECH upgrade)

Allergies: NKA            Code status: Full
Ht: 175 cm    Wt: 82.1 kg   [x] measured  [ ] stated     Time wt obtained: 08:20

PRE-INFUSION VITALS   Time 08:24   BP 144/80   HR 70   RR 18   SpO2 93 % RA   T 36.6

MEDICATION / PRODUCT
  Drug: Prolastin-C (alpha-1 proteinase inhibitor)  lyophilized
  Ordered: 60 mg/kg weekly - pharmacy dose 5000 mg (5 vials)
  Vial size: 1000 mg     # vials: 5      Lot: 25C1188      Exp: 09/30/2026
  Reconstituted by pharmacy at: 07:55 [?]    Diluent: SWFI 20 mL each
  Total volume: 100 mL

ADMINISTRATION
  Dose given: 5000 mg      Route: IV      Pump: #LVP-3 (manual program)
  Rate: ~4.5 mL/min
  Start time: 08:51        Stop time: O9:14
  Waste: none - 5 full vials used    [x] no waste   [ ] waste ____ mg   witness: ______

--------------------------------------- PAGE 2 ---------------------------------------
VITALS DURING / AFTER
  Time    BP       HR   SpO2   Comments
  09:00   138/78   72   94     no c/o
  09:15   136/76   70   94     inf done, no rxn
  09:35   134/76   70   95     PIV out, site ok

OTHER MEDS THIS VISIT
  NS 0.9% 10 mL flush x2  (08:46, 09:15)
  none else

NURSING NOTE (handwritten, OCR):
  "Pt tolerated infusion well. No SOB beyond baseline. Wife present. Reminded next
  appt 12/9 8:30. Downtime record to HIM after system back up."
  [?] "Ask Dr re: flu shot - pt says got at pharmacy 10/15."

RN signature: [illegible signature]    Printed name: M. Arsenault RN    Time: 09:40
Late entry into EHR (summary only, values on this form): 12/02/2025 12:31 MARSENAULT
-------------------------------------- END OCR ---------------------------------------
"""

MT = """RUN DATE: 11/25/25          PINE RIDGE MEMORIAL HOSPITAL                    PAGE 1
RUN TIME: 1012              PCS PATIENT CARE INQUIRY - ONCOLOGY/INFUSION OUTPT
USER: MARSENAULT
-----------------------------------------------------------------------------------------
PATIENT: PELLETIER,ROLAND J             ACCT#: V00771038811      LOC: INFU  RM/BED: 3
AGE/SEX: 73/M    DOB: 07/04/1952       MR#: 000552819          REG DT: 11/25/25
ATTENDING: BEAUCHAMP,LOUIS MD          FIN CLS: MCR
-----------------------------------------------------------------------------------------
>> ASSESSMENT: OP INFUSION VISIT             11/25/25 0818   MARSENAULT
   WT KG                 82.6
   WT MTHD               STANDING
   T                     36.5
   P                     72
   R                     18
   BP                    140/82
   O2 SAT                93
   O2 DEVICE             RA
   PAIN                  0
   SMOKING HX            FORMER-QUIT 2001
   RESP                  DIMINISHED BASES. NO WHEEZE.
-----------------------------------------------------------------------------------------
>> INTERVENTION: ALPHA1-PI INFUSION          11/25/25 0902   MARSENAULT
   PRODUCT               PROLASTIN-C 1000MG VL
   NUMBER VLS            5
   LOT                   25C0911
   EXP DT                06/30/26
   DOSE MG               5000
   VOL ML                100
   STRT TM               0902
   STP TM                0925
   WASTE MG              0
   RXN                   NONE
   PT TOL                WELL
-----------------------------------------------------------------------------------------
>> INTERVENTION: IV SITE                     11/25/25 0850   MARSENAULT
   SITE                  R FA
   GAUGE                 22
   ATTEMPTS              1
   D/C TM                0940
   CATH INTACT           Y
-----------------------------------------------------------------------------------------
>> NURSING NOTE                              11/25/25 0945   MARSENAULT
   PT ARRIVED AMB W/ WIFE. WT STABLE. INF PER ORDER, NO RXN. EDUCATED RE PLANNED
   EHR DOWNTIME 12/02 - PAPER DOCUMENTATION WILL BE USED. NEXT APPT 12/02/25 0830.
-----------------------------------------------------------------------------------------
>> CHARGE CAPTURE                            11/25/25 0950   MARSENAULT
   J2252  ALPHA1-PI (PER 1 MG) CDM 2504410     QTY 5000   MOD JZ
   96365  IV INFUSION 1ST HR                   QTY 1
-----------------------------------------------------------------------------------------
** END OF REPORT - 11/25/25 VISIT ONLY **
"""

PN = """PINE RIDGE PULMONARY CLINIC - PROGRESS NOTE
Date: 11/10/2025     Louis Beauchamp, MD
Patient: Roland J. Pelletier   73 y M   MR# 000552819

S: Mr. Pelletier returns for his semiannual visit for alpha-1 antitrypsin deficiency with
emphysema. Molecular testing (2017): homozygous SERPINA1 c.1096G>A (p.Glu366Lys), i.e. the Z
allele on both chromosomes. Pre-treatment serum AAT 0.31 g/L (immunoturbidimetry; lab
reference 0.90-2.00 g/L). Weekly Prolastin-C infusions at Pine Ridge since 2017. Former smoker
(quit 2001, 30 pack-years). He is feeling "steady": he walks the mall three mornings a
week, no exacerbations since 01/2024, no hospitalizations. Mild ankle swelling in the
evenings. No infusion reactions.

Meds: Prolastin-C 60 mg/kg IV weekly; umeclidinium/vilanterol daily; albuterol PRN;
finasteride 5 mg; aspirin 81 mg.

O: BP 138/80  HR 70  SpO2 94% RA  Wt 82.4 kg  BMI 26.9
   Lungs: decreased breath sounds at both bases, prolonged expiration.
   Ext: trace ankle edema.
   Spirometry (today): FEV1 1.14 L, 36% predicted, FEV1/FVC 0.38. 11/2024: FEV1 1.17 L (37%).
   CT 2023: severe panlobular emphysema, lower-lobe predominant; no nodules.

A/P:
1. Alpha-1 antitrypsin deficiency (Z/Z) with severe emphysema: stable on augmentation, FEV1
   decline ~30 mL/yr, no exacerbations in almost 2 years. Continue Prolastin-C 60 mg/kg weekly
   (currently 5 vials = 5,000 mg).
2. Ankle edema: likely venous; BNP and echo if worse.
3. Planned EHR downtime 12/02 - infusion unit will use paper records.
Return 6 months.
Louis Beauchamp, MD   11/10/2025
"""

CHART = {
    "chart_id": "b14-013",
    "date_of_service": "2025-12-02",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J2252", "units": 5000, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2025-12-02", "text": OCR},
        {"id": "d2", "type": "infusion_record", "date": "2025-11-25", "text": MT},
        {"id": "d3", "type": "progress_note", "date": "2025-11-10", "text": PN},
    ],
}

GOLD = {
    "chart_id": "b14-013",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis", "_ev": "alpha-1 antitrypsin deficiency with\nemphysema"},
        {"kind": "genotype", "alleles": ["Z", "Z"], "_ev": "homozygous SERPINA1 c.1096G>A"},
        {"kind": "serum_aat", "value": 0.31, "unit": "g/L", "_ev": "serum AAT 0.31 g/L"},
        {"kind": "lung_disease", "value": "emphysema", "_ev": "severe panlobular emphysema"},
        {"kind": "fev1", "value": 36, "_ev": "FEV1 1.14 L, 36% predicted"},
        {"kind": "fev1", "value": 37, "_ev": "FEV1 1.17 L (37%)"},
        {"kind": "smoking_status", "value": "former", "_ev": "Former smoker\n(quit 2001"},
        {"kind": "weight", "value": 82.1, "unit": "kg", "value_kg": 82.1, "_ev": "Wt: 82.1 kg"},
        {"kind": "weight", "value": 82.6, "unit": "kg", "value_kg": 82.6, "_ev": "WT KG                 82.6"},
        {"kind": "weight", "value": 82.4, "unit": "kg", "value_kg": 82.4, "_ev": "Wt 82.4 kg"},
        {"kind": "drug_product", "value": "Prolastin-C", "_ev": "Drug: Prolastin-C (alpha-1 proteinase inhibitor)"},
        {"kind": "dose", "value": 5000, "_ev": "Dose given: 5000 mg"},
        {"kind": "wastage", "value": 0, "_ev": "Waste: none - 5 full vials used"},
        {"kind": "lot_number", "value": "25C1188", "_ev": "Lot: 25C1188"},
        {"kind": "expiration_date", "value": "2026-09-30", "_ev": "Exp: 09/30/2026"},
        {"kind": "infusion_start", "value": "08:51", "_ev": "Start time: 08:51"},
        {"kind": "infusion_end", "value": "09:14", "_ev": "Stop time: O9:14"},
        {"kind": "response_to_therapy", "_ev": "stable on augmentation, FEV1\n   decline ~30 mL/yr"},
    ],
    "notes": (
        "Complete. The DOS (12/02, planned MEDITECH downtime) is documented only on the scanned paper form "
        "(OCR, stop time 'O9:14' = 09:14). The MEDITECH caps printout is the 11/25 visit: its lot 25C0911, exp "
        "06/30/26, times 0902-0925, and charge lines do not count for the DOS (its weight 82.6 kg is a "
        "historical weight finding). Weight nearest DOS 82.1 kg -> 4,926 mg; 5,000 mg = +1.5 %. J2252 per the "
        "guide is 1 mg per unit -> 5000 units JZ with 'no waste' -> met. Homozygous c.1096G>A -> [Z, Z]. 0.31 "
        "g/L < 0.57 -> met (lab reference 0.90-2.00 g/L is not a result). Traps: vitals 08:24-09:35, flushes "
        "08:46/09:15, weight time 08:20, reconstitution 07:55 [?], downtime 06:00-12:00, late entry 12:31, next "
        "appt 12/9 8:30; '5 vials = 5,000 mg' in the 11/10 plan is not a DOS value."
    ),
}

ARITH = {
    "weight_kg": 82.1, "weight_source": "d1 OCR DOS 08:20",
    "dose_mg": 5000, "target_mg": 4926.0, "pct_diff": 1.5,
    "code": "J2252", "bu_mg": 1, "units_expected": 5000, "units_billed": 5000,
    "waste_mg": 0, "jw_units_expected": 0, "modifier_expected": "JZ",
    "lots": [{"lot": "25C1188", "exp": "2026-09-30", "dos": "2025-12-02", "expired": False}],
    "dos_product": "Prolastin-C",
    "response_in_progress_note": True,
    "infusion": {"start": "08:51", "end": "09:14"},
}
